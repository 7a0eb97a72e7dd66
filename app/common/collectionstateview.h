#pragma once

#include <QStackedWidget>

class QLabel;
class QPushButton;

namespace zenith {

class BusyIndicator;

//! The body of a tab that lists one collection: its content (a table) while there are rows,
//! otherwise one centred message for the state the tab is in: loading (with a BusyIndicator),
//! empty (with an optional action button), failed (with "Try again"), or signed out.
class CollectionStateView final : public QStackedWidget
{
    Q_OBJECT

public:
    enum class State { Content, SignedOut, Loading, Empty, Error };

    //! What a tab knows about its collection; setFacts() picks the state from it.
    struct Facts
    {
        bool hasRows = false;  //!< the collection has rows (a search hiding them all is no empty state)
        bool signedIn = false; //!< a session is set
        bool failed = false;   //!< the last listing failed
        bool loading = false;  //!< a listing runs, or none has finished yet
    };

    //! Takes `content` (reparented). `name` prefixes the message label's object name
    //! ("ports" gives "portsState"), which tests and screenshots find it by.
    CollectionStateView(QWidget* content, const QString& name, QWidget* parent = nullptr);

    //! The messages of the signed out, loading and empty states; set again on a language change.
    void setTexts(const QString& signedOut, const QString& loading, const QString& empty);
    //! The empty state's button ("Create a volume…"); none when `text` is empty.
    void setEmptyAction(const QString& text);

    //! Shows the content, or the message the facts call for; `error` is the failed state's text
    //! (the reason, as the tab's banner says it).
    void setFacts(const Facts& facts, const QString& error = {});

    State state() const { return m_state; }
    //! The message shown (empty with the content).
    QString text() const;
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* emptyActionButton() const { return m_action; }

Q_SIGNALS:
    //! "Try again" was clicked in the failed state.
    void retryRequested();
    //! The empty state's button was clicked.
    void emptyActionTriggered();

protected:
    void changeEvent(QEvent* event) override;

private:
    void enter(State state, const QString& text);
    void retranslateUi();

    QWidget* m_content;
    QWidget* m_message;
    BusyIndicator* m_busy;
    QLabel* m_text;
    QPushButton* m_retry;
    QPushButton* m_action;
    QString m_signedOut;
    QString m_loading;
    QString m_empty;
    State m_state = State::Content;
};

} // namespace zenith
