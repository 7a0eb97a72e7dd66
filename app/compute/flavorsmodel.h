#pragma once

#include "common/collectiontablemodel.h"
#include "compute/flavor.h"

#include <QHash>
#include <QList>
#include <QPointer>

namespace zenith {

class FlavorStore;

//! The Flavors table: one row per flavor, fed by a FlavorStore's signals and updated by diffs
//! (inserted, removed and changed rows, never a reset).
class FlavorsModel final : public CollectionTableModel<Flavor>
{
    Q_OBJECT

public:
    enum Column { Name, Vcpus, Ram, Disk, Ephemeral, Swap, IsPublic, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, //!< the flavor's id
        SortRole,                  //!< the value to sort a column on
        SearchRole,                //!< name, id and description, lower-case, for the search box
    };

    explicit FlavorsModel(QObject* parent = nullptr);

    //! Follows a store (nullptr: none): shows what it knows now, then its diffs.
    void setStore(FlavorStore* store);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Flavor& flavorAt(int row) const { return itemAt(row); }

    //! "512 MiB", "2 GiB", "1.5 GiB": RAM given in MiB, in the unit a person reads best.
    static QString ramText(int mebibytes);

private:
    QVariant displayData(const Flavor& flavor, int column) const;
    QVariant sortData(const Flavor& flavor, int column) const;

    QPointer<FlavorStore> m_store;
};

} // namespace zenith
