#include "instancessortfilter.h"

#include "instancesmodel.h"

namespace zenith {

InstancesSortFilter::InstancesSortFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InstancesModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void InstancesSortFilter::setBulkLoading(bool bulk)
{
    if (bulk == !dynamicSortFilter())
        return;
    setDynamicSortFilter(!bulk);
    if (!bulk)
        sort(sortColumn(), sortOrder());
}

void InstancesSortFilter::setSearchText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

QString InstancesSortFilter::searchText() const
{
    return m_text;
}

bool InstancesSortFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString haystack =
        sourceModel()->index(sourceRow, 0, sourceParent).data(InstancesModel::SearchRole).toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace zenith
