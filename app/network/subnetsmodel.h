#pragma once

#include "common/collectiontablemodel.h"
#include "network/subnet.h"

#include <QPointer>

namespace zenith {

class NetworkStore;
class SubnetStore;

//! The Subnets table under the networks: one row per subnet, fed by a SubnetStore's diffs, with
//! its network named from a NetworkStore.
class SubnetsModel final : public CollectionTableModel<Subnet>
{
    Q_OBJECT

public:
    enum Column { Name, Network, Cidr, Gateway, Dhcp, Pools, Dns, Routes, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, //!< the subnet's id
        NetworkIdRole,             //!< its network's id
        SortRole,                  //!< the value to sort a column on
    };

    explicit SubnetsModel(QObject* parent = nullptr);

    void setStore(SubnetStore* store);
    //! Where the Network column finds the networks' names.
    void setNetworkStore(NetworkStore* networks);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Subnet& subnetAt(int row) const { return itemAt(row); }

private:
    QVariant displayData(const Subnet& subnet, int column) const;

    QPointer<SubnetStore> m_store;
    QPointer<NetworkStore> m_networks;
};

} // namespace zenith
