#include "networksmodel.h"

#include "stores/networkstore.h"
#include "stores/subnetstore.h"

namespace zenith {

NetworksModel::NetworksModel(QObject* parent)
    : CollectionTableModel(parent)
{}

void NetworksModel::setStore(NetworkStore* store)
{
    followStore(m_store, store, &NetworkStore::networksAdded, &NetworkStore::networksChanged,
                &NetworkStore::networksRemoved, &NetworkStore::networks);
}

void NetworksModel::setSubnetStore(SubnetStore* subnets)
{
    if (m_subnets)
        disconnect(m_subnets, nullptr, this, nullptr);
    m_subnets = subnets;
    if (subnets) {
        const auto refresh = [this] { refreshColumn(Subnets); };
        connect(subnets, &SubnetStore::subnetsAdded, this, refresh);
        connect(subnets, &SubnetStore::subnetsChanged, this, refresh);
        connect(subnets, &SubnetStore::subnetsRemoved, this, refresh);
    }
    refreshColumn(Subnets);
}

int NetworksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetworksModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Network& network = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(network, index.column());
    case Qt::ToolTipRole: return index.column() == Name ? QVariant(network.id) : displayData(network, index.column());
    case IdRole: return network.id;
    case SortRole: return displayData(network, index.column()).toString().toLower();
    case SearchRole:
        return QStringList{network.name, network.id, subnetsText(network), network.status}.join(u' ').toLower();
    default: return {};
    }
}

QVariant NetworksModel::displayData(const Network& network, int column) const
{
    switch (column) {
    case Name: return network.name.isEmpty() ? network.id : network.name;
    case Status: return statusText(network.status);
    case Subnets: return subnetsText(network);
    case Shared:
        //: Networks table: the network is shared with other projects
        return network.shared ? tr("Shared") : QString();
    case External:
        //: Networks table: an external network (router gateways, floating IPs)
        return network.routerExternal ? tr("External") : QString();
    default: return {};
    }
}

QString NetworksModel::subnetsText(const Network& network) const
{
    QStringList parts;
    for (const QString& id : network.subnets) {
        const Subnet* subnet = m_subnets ? m_subnets->subnet(id) : nullptr;
        if (!subnet) {
            parts << id.left(8);
            continue;
        }
        parts << (subnet->name.isEmpty() ? subnet->cidr : QString(subnet->name + u' ' + subnet->cidr));
    }
    parts.sort();
    return parts.join(QStringLiteral(", "));
}

QVariant NetworksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Status: return tr("Status");
    case Subnets: return tr("Subnets");
    case Shared:
        //: Column: shared with other projects or not
        return tr("Sharing");
    case External:
        //: Column: the network is external (router gateways, floating IPs) or internal
        return tr("Kind");
    default: return {};
    }
}

QString NetworksModel::statusText(const QString& status)
{
    if (status == u"ACTIVE")
        //: Neutron status of a network, router, port or floating IP
        return tr("Active");
    if (status == u"DOWN")
        //: Neutron status: not forwarding traffic (e.g. a floating IP not associated)
        return tr("Down");
    if (status == u"BUILD")
        return tr("Building");
    if (status == u"ERROR")
        return tr("Error");
    if (status == u"ALLOCATING")
        return tr("Allocating");
    return status;
}

} // namespace zenith
