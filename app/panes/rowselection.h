#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

class QAbstractItemView;

namespace zenith {

//! Selects a resource's row by id in a table, now or as soon as the row arrives: a tab opened by
//! a click-through (the topology diagram) may still be listing. A pending selection gives up after
//! a while, so that a late row does not steal the selection from what the user did since.
class RowSelection final : public QObject
{
    Q_OBJECT

public:
    //! `idRole` is the role holding the id in the view's model; `clearFilters` (optional) empties
    //! the tab's search and filters so that the row can show.
    RowSelection(QAbstractItemView* view, int idRole, std::function<void()> clearFilters, QObject* parent);

    //! Selects the row of `id` (the current and only selected row), now or when it arrives.
    void select(const QString& id);
    //! The id still awaited ("" when none).
    QString pendingId() const { return m_pending; }

private:
    bool trySelect();

    QPointer<QAbstractItemView> m_view;
    int m_idRole;
    std::function<void()> m_clearFilters;
    QString m_pending;
    QTimer m_giveUp;
};

} // namespace zenith
