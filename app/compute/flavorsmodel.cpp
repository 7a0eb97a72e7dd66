#include "flavorsmodel.h"

#include "stores/flavorstore.h"

#include <QLocale>

#include <algorithm>

namespace zenith {

FlavorsModel::FlavorsModel(QObject* parent)
    : CollectionTableModel(parent)
{}

void FlavorsModel::setStore(FlavorStore* store)
{
    followStore(m_store, store, &FlavorStore::flavorsAdded, &FlavorStore::flavorsChanged, &FlavorStore::flavorsRemoved,
                &FlavorStore::flavors);
}

int FlavorsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlavorsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Flavor& flavor = itemAt(index.row());
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

QString FlavorsModel::ramText(int mebibytes)
{
    if (mebibytes < 1024 || mebibytes % 512 != 0)
        //: A size in mebibytes, e.g. "512 MiB"
        return tr("%1 MiB").arg(QLocale().toString(mebibytes));
    //: A size in gibibytes, e.g. "2 GiB" or "1.5 GiB"
    return tr("%1 GiB").arg(QLocale().toString(mebibytes / 1024.0, 'g', 6));
}

} // namespace zenith
