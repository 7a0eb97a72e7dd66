#pragma once

#include "common/collectiontablemodel.h"
#include "network/network.h"

#include <QPointer>

namespace zenith {

class NetworkStore;
class SubnetStore;

//! The Networks table: one row per network, fed by a NetworkStore's diffs; the Subnets column
//! names each network's subnets with their ranges, from a SubnetStore.
class NetworksModel final : public CollectionTableModel<Network>
{
    Q_OBJECT

public:
    enum Column { Name, Status, Shared, External, Subnets, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, //!< the network's id
        SortRole,                  //!< the value to sort a column on
        SearchRole,                //!< name, id, subnets' names and ranges, lower-case
    };

    explicit NetworksModel(QObject* parent = nullptr);

    //! Follows a store (nullptr: none): shows what it knows now, then its diffs.
    void setStore(NetworkStore* store);
    //! Where the Subnets column finds the subnets' names and ranges.
    void setSubnetStore(SubnetStore* subnets);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Network& networkAt(int row) const { return itemAt(row); }

    //! "Active", "Down"...: Neutron's status in words (networks, routers, floating IPs, ports).
    static QString statusText(const QString& status);

private:
    QVariant displayData(const Network& network, int column) const;
    QString subnetsText(const Network& network) const;

    QPointer<NetworkStore> m_store;
    QPointer<SubnetStore> m_subnets;
};

} // namespace zenith
