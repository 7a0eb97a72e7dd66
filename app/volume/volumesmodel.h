#pragma once

#include "common/collectiontablemodel.h"
#include "volume/volume.h"

#include <QHash>
#include <QPointer>

namespace zenith {

class VolumeStore;

//! The Volumes table: one row per volume, fed by a VolumeStore's diffs (never a reset). The
//! "Attached to" column names instances once setServerNames() knows them.
class VolumesModel final : public CollectionTableModel<Volume>
{
    Q_OBJECT

public:
    enum Column { Name, Status, Size, Type, Bootable, AttachedTo, Zone, Created, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, //!< the volume's id
        SortRole,                  //!< the value to sort a column on
        SearchRole,                //!< name, id, status, type and instance names, lower-case
    };

    explicit VolumesModel(QObject* parent = nullptr);

    //! Follows a store (nullptr: none): shows what it knows now, then its diffs.
    void setStore(VolumeStore* store);
    //! Instance names by id, for the "Attached to" column.
    void setServerNames(const QHash<QString, QString>& names);
    //! An instance's name (its id when unknown).
    QString serverName(const QString& id) const;
    //! "db1 (/dev/vdb)", one per attachment, joined by commas.
    QString attachmentText(const Volume& volume) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Volume& volume, int column) const;
    QVariant sortData(const Volume& volume, int column) const;
    QString tooltip(const Volume& volume) const;

    QPointer<VolumeStore> m_store;
    QHash<QString, QString> m_serverNames;
};

} // namespace zenith
