#include "rowselection.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

#include <chrono>

namespace zenith {

RowSelection::RowSelection(QAbstractItemView* view, int idRole, std::function<void()> clearFilters, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_idRole(idRole)
    , m_clearFilters(std::move(clearFilters))
{
    m_giveUp.setSingleShot(true);
    m_giveUp.setInterval(std::chrono::seconds(30));
    connect(&m_giveUp, &QTimer::timeout, this, [this] { m_pending.clear(); });
    QAbstractItemModel* model = view->model();
    // Queued: the proxy sorts the new rows in after the insertion signal.
    const auto retry = [this] {
        if (!m_pending.isEmpty())
            QMetaObject::invokeMethod(this, &RowSelection::trySelect, Qt::QueuedConnection);
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, retry);
    connect(model, &QAbstractItemModel::modelReset, this, retry);
    connect(model, &QAbstractItemModel::layoutChanged, this, retry);
}

void RowSelection::select(const QString& id)
{
    m_pending = id;
    if (m_clearFilters)
        m_clearFilters();
    if (!trySelect())
        m_giveUp.start();
}

bool RowSelection::trySelect()
{
    if (m_pending.isEmpty() || !m_view)
        return false;
    const QAbstractItemModel* model = m_view->model();
    const QModelIndexList found = model->match(model->index(0, 0), m_idRole, m_pending, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    m_pending.clear();
    m_giveUp.stop();
    m_view->selectionModel()->setCurrentIndex(found.first(),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(found.first());
    return true;
}

} // namespace zenith
