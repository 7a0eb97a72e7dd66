#include "portssortfilter.h"

#include "portsmodel.h"

namespace zenith {

PortsSortFilter::PortsSortFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PortsModel::SortRole);
    setDynamicSortFilter(true);
}

void PortsSortFilter::setSearchText(const QString& text)
{
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void PortsSortFilter::setNetworkId(const QString& id)
{
    m_networkId = id;
    invalidateRowsFilter();
}

void PortsSortFilter::setDeviceId(const QString& id)
{
    m_deviceId = id;
    invalidateRowsFilter();
}

bool PortsSortFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_networkId.isEmpty() && index.data(PortsModel::NetworkIdRole).toString() != m_networkId)
        return false;
    if (!m_deviceId.isEmpty() && index.data(PortsModel::DeviceIdRole).toString() != m_deviceId)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(PortsModel::SearchRole).toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace zenith
