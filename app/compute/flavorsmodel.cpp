#include "flavorsmodel.h"

#include "stores/flavorstore.h"

#include <QLocale>

#include <algorithm>

namespace zenith {

FlavorsModel::FlavorsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FlavorsModel::setStore(FlavorStore* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    clear();
    m_store = store;
    if (!store)
        return;
    connect(store, &FlavorStore::flavorsAdded, this, &FlavorsModel::addFlavors);
    connect(store, &FlavorStore::flavorsChanged, this, &FlavorsModel::changeFlavors);
    connect(store, &FlavorStore::flavorsRemoved, this, &FlavorsModel::removeFlavors);
    addFlavors(store->flavors());
}

int FlavorsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FlavorsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlavorsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Flavor& flavor = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(flavor, index.column());
    case Qt::ToolTipRole:
        return index.column() == Name ? QVariant(flavor.description.isEmpty() ? flavor.id : flavor.description)
                                      : displayData(flavor, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() != Name && index.column() != IsPublic)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole: return flavor.id;
    case SortRole: return sortData(flavor, index.column());
    case SearchRole: return QStringList{flavor.name, flavor.id, flavor.description}.join(u' ').toLower();
    default: return {};
    }
}

QVariant FlavorsModel::displayData(const Flavor& flavor, int column) const
{
    switch (column) {
    case Name: return flavor.name.isEmpty() ? flavor.id : flavor.name;
    case Vcpus: return flavor.vcpus;
    case Ram: return ramText(flavor.ram);
    case Disk:
        //: Root disk of 0: the server boots from a volume, sized by the image
        return flavor.disk > 0 ? tr("%1 GiB").arg(flavor.disk) : tr("Image size");
    case Ephemeral: return flavor.ephemeral > 0 ? tr("%1 GiB").arg(flavor.ephemeral) : QString();
    case Swap: return flavor.swap > 0 ? ramText(flavor.swap) : QString();
    case IsPublic:
        //: Flavor access: every project may use it (yes) or only chosen ones (no)
        return flavor.isPublic ? tr("Yes") : tr("No");
    default: return {};
    }
}

QVariant FlavorsModel::sortData(const Flavor& flavor, int column) const
{
    switch (column) {
    case Vcpus: return flavor.vcpus;
    case Ram: return flavor.ram;
    case Disk: return flavor.disk;
    case Ephemeral: return flavor.ephemeral;
    case Swap: return flavor.swap;
    default: return displayData(flavor, column).toString().toLower();
    }
}

QVariant FlavorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Vcpus:
        //: Column: number of virtual CPUs
        return tr("vCPUs");
    case Ram: return tr("RAM");
    case Disk:
        //: Column: size of the root disk
        return tr("Disk");
    case Ephemeral:
        //: Column: size of the ephemeral (scratch) disk
        return tr("Ephemeral");
    case Swap: return tr("Swap");
    case IsPublic:
        //: Column: whether every project may use the flavor
        return tr("Public");
    default: return {};
    }
}

int FlavorsModel::rowOf(const QString& id) const
{
    return m_rowOf.value(id, -1);
}

const Flavor& FlavorsModel::flavorAt(int row) const
{
    return m_rows.at(row);
}

QString FlavorsModel::ramText(int mebibytes)
{
    if (mebibytes < 1024 || mebibytes % 512 != 0)
        //: A size in mebibytes, e.g. "512 MiB"
        return tr("%1 MiB").arg(QLocale().toString(mebibytes));
    //: A size in gibibytes, e.g. "2 GiB" or "1.5 GiB"
    return tr("%1 GiB").arg(QLocale().toString(mebibytes / 1024.0, 'g', 6));
}

void FlavorsModel::addFlavors(const QList<Flavor>& flavors)
{
    QList<Flavor> fresh;
    for (const Flavor& flavor : flavors) {
        if (m_rowOf.contains(flavor.id))
            changeFlavors({flavor});
        else
            fresh << flavor;
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const Flavor& flavor : std::as_const(fresh)) {
        m_rowOf.insert(flavor.id, int(m_rows.size()));
        m_rows << flavor;
    }
    endInsertRows();
}

void FlavorsModel::changeFlavors(const QList<Flavor>& flavors)
{
    for (const Flavor& flavor : flavors) {
        const int row = rowOf(flavor.id);
        if (row < 0)
            continue;
        m_rows[row] = flavor;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void FlavorsModel::removeFlavors(const QStringList& ids)
{
    QList<int> rows;
    for (const QString& id : ids) {
        if (const int row = rowOf(id); row >= 0)
            rows << row;
    }
    // From the bottom up, so that the rows still to remove keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows)) {
        beginRemoveRows({}, row, row);
        m_rowOf.remove(m_rows.at(row).id);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    if (rows.isEmpty())
        return;
    m_rowOf.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).id, row);
}

void FlavorsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    m_rowOf.clear();
    endRemoveRows();
}

} // namespace zenith
