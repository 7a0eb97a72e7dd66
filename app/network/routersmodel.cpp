#include "routersmodel.h"

#include "networksmodel.h"

#include "stores/networkstore.h"
#include "stores/routerstore.h"
#include "stores/subnetstore.h"

namespace zenith {

RoutersModel::RoutersModel(QObject* parent)
    : CollectionTableModel(parent)
{}

void RoutersModel::setStore(RouterStore* store)
{
    followStore(m_store, store, &RouterStore::routersAdded, &RouterStore::routersChanged, &RouterStore::routersRemoved,
                &RouterStore::routers);
}

void RoutersModel::setNameStores(NetworkStore* networks, SubnetStore* subnets)
{
    m_networks = networks;
    m_subnets = subnets;
    const auto gateways = [this] { refreshColumn(Gateway); };
    const auto interfaces = [this] { refreshColumn(Interfaces); };
    connect(networks, &NetworkStore::networksAdded, this, gateways);
    connect(networks, &NetworkStore::networksChanged, this, gateways);
    connect(subnets, &SubnetStore::subnetsAdded, this, interfaces);
    connect(subnets, &SubnetStore::subnetsChanged, this, interfaces);
}

void RoutersModel::setInterfacePorts(const QList<Port>& ports)
{
    m_interfaces.clear();
    for (const Port& port : ports) {
        for (const PortFixedIp& ip : port.fixedIps)
            m_interfaces[port.deviceId].append(ip.subnetId);
    }
    refreshColumn(Interfaces);
}

QStringList RoutersModel::interfaceSubnets(const QString& routerId) const
{
    return m_interfaces.value(routerId);
}

int RoutersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Router& router = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(router, index.column());
    case Qt::ToolTipRole: return index.column() == Name ? QVariant(router.id) : displayData(router, index.column());
    case IdRole: return router.id;
    case SortRole: return displayData(router, index.column()).toString().toLower();
    case SearchRole:
        return QStringList{router.name, router.id, displayData(router, Gateway).toString(),
                           displayData(router, Interfaces).toString()}
            .join(u' ')
            .toLower();
    default: return {};
    }
}

QString RoutersModel::subnetLabel(const QString& subnetId) const
{
    const Subnet* subnet = m_subnets ? m_subnets->subnet(subnetId) : nullptr;
    if (!subnet)
        return subnetId;
    return subnet->name.isEmpty() ? subnet->cidr : QString(subnet->name + u" (" + subnet->cidr + u')');
}

QString RoutersModel::networkLabel(const QString& networkId) const
{
    const Network* network = m_networks ? m_networks->network(networkId) : nullptr;
    return network && !network->name.isEmpty() ? network->name : networkId;
}

QVariant RoutersModel::displayData(const Router& router, int column) const
{
    switch (column) {
    case Name: return router.name.isEmpty() ? router.id : router.name;
    case Status: return NetworksModel::statusText(router.status);
    case Gateway:
        //: Routers table: the router has no external gateway
        return router.externalGateway ? networkLabel(router.externalGateway->networkId) : tr("None");
    case GatewayIp: {
        QStringList ips;
        if (router.externalGateway) {
            for (const PortFixedIp& ip : router.externalGateway->externalFixedIps)
                ips << ip.ipAddress;
        }
        return ips.join(QStringLiteral(", "));
    }
    case Interfaces: {
        QStringList labels;
        for (const QString& id : m_interfaces.value(router.id))
            labels << subnetLabel(id);
        labels.sort();
        return labels.join(QStringLiteral(", "));
    }
    default: return {};
    }
}

QVariant RoutersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Status: return tr("Status");
    case Gateway:
        //: Column: the external network a router's gateway is on
        return tr("External gateway");
    case GatewayIp:
        //: Column: the router's address on the external network
        return tr("Gateway IP");
    case Interfaces:
        //: Column: the subnets a router joins
        return tr("Interfaces (subnets)");
    default: return {};
    }
}

} // namespace zenith
