#pragma once

#include <QTimer>
#include <QWidget>

#include <chrono>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace zenith {

class MessageBanner;

//! The Console log tab of an instance's details: the tail of its serial console (boot messages,
//! cloud-init's output) in a monospace view, with a line count, a Follow mode that polls while
//! the tab is visible, and a search field that highlights every match and jumps between them.
class InstanceConsoleTab final : public QWidget
{
    Q_OBJECT

public:
    explicit InstanceConsoleTab(QWidget* parent = nullptr);

    //! The number of lines to fetch from the end (0: the whole log).
    int lines() const;
    //! Shows a log; the scroll position is kept unless following (then it goes to the end).
    void setText(const QString& text);
    //! Drops the text and says "Loading…" (a new server was selected).
    void showLoading();
    void showError(const QString& text);
    //! True while Follow is on and the tab visible: a refresh is asked for every interval.
    bool isFollowing() const;
    void setFollowInterval(std::chrono::milliseconds interval);

    QPlainTextEdit* view() const;
    QCheckBox* followBox() const;
    QComboBox* linesBox() const;
    QLineEdit* searchField() const;
    MessageBanner* banner() const;
    //! The number of matches of the search text.
    int matchCount() const;

Q_SIGNALS:
    //! Fetch the log again (the line count changed, Refresh was clicked, or Follow's timer ran).
    void refreshRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateFollowing();
    void highlightMatches();
    void findNext(bool backward);

    QComboBox* m_lines;
    QCheckBox* m_follow;
    QToolButton* m_refresh;
    QLineEdit* m_search;
    QLabel* m_matches;
    QLabel* m_linesLabel;
    MessageBanner* m_banner;
    QPlainTextEdit* m_view;
    QTimer m_timer;
    int m_matchCount = 0;
};

} // namespace zenith
