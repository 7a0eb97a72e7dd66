#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace zenith {

class MessageBanner;

//! A read-only table of one details tab (interfaces, volumes, action log, metadata) with its
//! error banner and a line that says "loading" or "nothing here". Rows are updated in place,
//! so a refresh neither flickers nor loses the selection.
class DetailsTable final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsTable(QWidget* parent = nullptr);

    void setHeaders(const QStringList& headers);
    //! What to say when there are no rows (once loaded).
    void setEmptyText(const QString& text);
    //! Replaces the rows, changing only the cells whose text differs; hides any error.
    void setRows(const QList<QStringList>& rows);
    //! Drops the rows and says "Loading…" (a new server was selected).
    void showLoading();
    //! Shows an error above the rows (kept: they are what was last known).
    void showError(const QString& text);

    QTableWidget* table() const;
    MessageBanner* banner() const;
    //! The "loading" / "nothing here" line, hidden when rows are shown.
    QLabel* stateLabel() const;

private:
    void updateState(bool loading);

    MessageBanner* m_banner;
    QTableWidget* m_table;
    QLabel* m_state;
    QString m_emptyText;
};

} // namespace zenith
