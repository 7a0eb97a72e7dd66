#pragma once

#include "common/collectiontablemodel.h"
#include "compute/server.h"

#include <QHash>
#include <QList>

namespace zenith {

class ServerStore;

//! The Instances table: one row per server, fed by a ServerStore's signals and updated by diffs
//! (inserted, removed and changed rows, never a reset) so selection and scroll survive refreshes.
class InstancesModel final : public CollectionTableModel<Server>
{
    Q_OBJECT

public:
    enum Column { Name, Status, Image, Flavor, Addresses, KeyPair, AvailabilityZone, Created, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, //!< the server's id
        SortRole,                  //!< the value to sort a column on
        SearchRole,                //!< name, id, status and addresses, lower-case, for the search box
    };

    explicit InstancesModel(QObject* parent = nullptr);

    //! Follows a store (nullptr: none): shows what it knows now, then its diffs.
    void setStore(ServerStore* store);
    //! Image and flavor names by id, for the columns that only have ids.
    void setImageNames(const QHash<QString, QString>& names);
    void setFlavorNames(const QHash<QString, QString>& names);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Server& serverAt(int row) const { return itemAt(row); }

    //! "Active", "Build (spawning)": the status in words, with the task under way.
    static QString statusText(const Server& server);
    //! "lab-net: 10.0.0.5, 203.0.113.7; ext: 2001:db8::5"
    static QString addressText(const Server& server);

private:
    QString imageText(const Server& server) const;
    QString flavorText(const Server& server) const;
    QVariant displayData(const Server& server, int column) const;
    QVariant sortData(const Server& server, int column) const;

    QHash<QString, QString> m_imageNames;
    QHash<QString, QString> m_flavorNames;
    ServerStore* m_store = nullptr;
};

} // namespace zenith
