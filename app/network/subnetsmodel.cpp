#include "subnetsmodel.h"

#include "stores/networkstore.h"
#include "stores/subnetstore.h"

namespace zenith {

SubnetsModel::SubnetsModel(QObject* parent)
    : CollectionTableModel(parent)
{}

void SubnetsModel::setStore(SubnetStore* store)
{
    followStore(m_store, store, &SubnetStore::subnetsAdded, &SubnetStore::subnetsChanged, &SubnetStore::subnetsRemoved,
                &SubnetStore::subnets);
}

void SubnetsModel::setNetworkStore(NetworkStore* networks)
{
    if (m_networks)
        disconnect(m_networks, nullptr, this, nullptr);
    m_networks = networks;
    if (networks) {
        const auto refresh = [this] { refreshColumn(Network); };
        connect(networks, &NetworkStore::networksAdded, this, refresh);
        connect(networks, &NetworkStore::networksChanged, this, refresh);
    }
    refreshColumn(Network);
}

int SubnetsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubnetsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Subnet& subnet = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(subnet, index.column());
    case Qt::ToolTipRole: return index.column() == Name ? QVariant(subnet.id) : displayData(subnet, index.column());
    case IdRole: return subnet.id;
    case NetworkIdRole: return subnet.networkId;
    case SortRole: return displayData(subnet, index.column()).toString().toLower();
    default: return {};
    }
}

QVariant SubnetsModel::displayData(const Subnet& subnet, int column) const
{
    switch (column) {
    case Name: return subnet.name.isEmpty() ? subnet.id : subnet.name;
    case Network: {
        const zenith::Network* network = m_networks ? m_networks->network(subnet.networkId) : nullptr;
        return network && !network->name.isEmpty() ? network->name : subnet.networkId;
    }
    case Cidr: return subnet.cidr;
    case Gateway:
        //: Subnets table: the subnet has no gateway
        return subnet.gatewayIp.value_or(tr("None"));
    case Dhcp:
        //: Subnets table: DHCP on or off
        return subnet.enableDhcp ? tr("On") : tr("Off");
    case Pools: {
        QStringList pools;
        for (const AllocationPool& pool : subnet.allocationPools)
            pools << pool.start + u" – " + pool.end;
        return pools.join(QStringLiteral(", "));
    }
    case Dns: return subnet.dnsNameservers.join(QStringLiteral(", "));
    case Routes: {
        QStringList routes;
        //: A host route: destination range, then the next hop, e.g. "192.168.0.0/24 via 10.12.0.254"
        for (const HostRoute& route : subnet.hostRoutes)
            routes << tr("%1 via %2").arg(route.destination, route.nexthop);
        return routes.join(QStringLiteral(", "));
    }
    default: return {};
    }
}

QVariant SubnetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Subnet");
    case Network: return tr("Network");
    case Cidr:
        //: Column: the subnet's range, e.g. 10.12.0.0/16
        return tr("Range (CIDR)");
    case Gateway: return tr("Gateway");
    case Dhcp: return tr("DHCP");
    case Pools:
        //: Column: the address ranges Neutron hands out to ports
        return tr("Allocation pools");
    case Dns: return tr("DNS servers");
    case Routes: return tr("Host routes");
    default: return {};
    }
}

} // namespace zenith
