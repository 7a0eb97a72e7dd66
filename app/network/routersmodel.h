#pragma once

#include "common/collectiontablemodel.h"
#include "network/port.h"
#include "network/router.h"

#include <QHash>
#include <QPointer>

namespace zenith {

class NetworkStore;
class RouterStore;
class SubnetStore;

//! The Routers table: one row per router, fed by a RouterStore's diffs, with its external
//! gateway (network and address) and the subnets of its interfaces (from the router interface
//! ports, given by setInterfacePorts), named from a NetworkStore and a SubnetStore.
class RoutersModel final : public CollectionTableModel<Router>
{
    Q_OBJECT

public:
    enum Column { Name, Status, Gateway, GatewayIp, Interfaces, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, //!< the router's id
        SortRole,
        SearchRole,
    };

    explicit RoutersModel(QObject* parent = nullptr);

    void setStore(RouterStore* store);
    void setNameStores(NetworkStore* networks, SubnetStore* subnets);
    //! The project's router interface ports (device_owner network:router_interface).
    void setInterfacePorts(const QList<Port>& ports);
    //! The subnet ids a router has interfaces on.
    QStringList interfaceSubnets(const QString& routerId) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Router& routerAt(int row) const { return itemAt(row); }
    //! "lab-subnet (10.12.0.0/16)", or the id when the subnet is unknown.
    QString subnetLabel(const QString& subnetId) const;
    QString networkLabel(const QString& networkId) const;

private:
    QVariant displayData(const Router& router, int column) const;

    QPointer<RouterStore> m_store;
    QPointer<NetworkStore> m_networks;
    QPointer<SubnetStore> m_subnets;
    QHash<QString, QStringList> m_interfaces; //!< router id → subnet ids
};

} // namespace zenith
