#pragma once

#include "common/collectiontablemodel.h"
#include "volume/volumesnapshot.h"

#include <QHash>
#include <QPointer>

namespace zenith {

class VolumeSnapshotStore;

//! The Snapshots table: one row per volume snapshot, fed by a VolumeSnapshotStore's diffs. The
//! source volume is named once setVolumeNames() knows it.
class SnapshotsModel final : public CollectionTableModel<VolumeSnapshot>
{
    Q_OBJECT

public:
    enum Column { Name, Status, Size, SourceVolume, Created, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, SearchRole };

    explicit SnapshotsModel(QObject* parent = nullptr);

    void setStore(VolumeSnapshotStore* store);
    //! Volume names by id, for the "Source volume" column.
    void setVolumeNames(const QHash<QString, QString>& names);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const VolumeSnapshot& snapshot, int column) const;

    QPointer<VolumeSnapshotStore> m_store;
    QHash<QString, QString> m_volumeNames;
};

} // namespace zenith
