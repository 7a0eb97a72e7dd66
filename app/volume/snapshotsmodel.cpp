#include "snapshotsmodel.h"

#include "volumestatus.h"

#include "stores/volumesnapshotstore.h"

#include <QLocale>

namespace zenith {

SnapshotsModel::SnapshotsModel(QObject* parent)
    : CollectionTableModel<VolumeSnapshot>(parent)
{}

void SnapshotsModel::setStore(VolumeSnapshotStore* store)
{
    followStore(m_store, store, &VolumeSnapshotStore::snapshotsAdded, &VolumeSnapshotStore::snapshotsChanged,
                &VolumeSnapshotStore::snapshotsRemoved, &VolumeSnapshotStore::snapshots);
}

void SnapshotsModel::setVolumeNames(const QHash<QString, QString>& names)
{
    if (names == m_volumeNames)
        return;
    m_volumeNames = names;
    refreshColumn(SourceVolume);
}

int SnapshotsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VolumeSnapshot& snapshot = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(snapshot, index.column());
    case Qt::DecorationRole:
        return index.column() == Status ? QVariant(VolumeStatus::icon(snapshot.status)) : QVariant();
    case Qt::ToolTipRole:
        return QString(displayData(snapshot, Name).toString() % u'\n' % tr("ID: %1").arg(snapshot.id) % u'\n' %
                       tr("Volume ID: %1").arg(snapshot.volumeId));
    case Qt::TextAlignmentRole:
        return index.column() == Size ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IdRole: return snapshot.id;
    case SortRole:
        if (index.column() == Size)
            return snapshot.size;
        if (index.column() == Created)
            return snapshot.createdAt;
        return displayData(snapshot, index.column()).toString().toLower();
    case SearchRole:
        return QStringList{snapshot.name, snapshot.id, VolumeStatus::text(snapshot.status),
                           displayData(snapshot, SourceVolume).toString()}
            .join(u' ')
            .toLower();
    default: return {};
    }
}

QVariant SnapshotsModel::displayData(const VolumeSnapshot& snapshot, int column) const
{
    switch (column) {
    case Name: return snapshot.name.isEmpty() ? snapshot.id : snapshot.name;
    case Status: return VolumeStatus::text(snapshot.status);
    case Size: return tr("%1 GiB").arg(snapshot.size);
    case SourceVolume: return m_volumeNames.value(snapshot.volumeId, snapshot.volumeId);
    case Created: return QLocale().toString(snapshot.createdAt.toLocalTime(), QLocale::ShortFormat);
    default: return {};
    }
}

QVariant SnapshotsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Status: return tr("Status");
    case Size: return tr("Size");
    //: Column: the volume the snapshot was taken of
    case SourceVolume: return tr("Source volume");
    case Created: return tr("Created");
    default: return {};
    }
}

} // namespace zenith
