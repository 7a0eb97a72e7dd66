#include "floatingipsmodel.h"

#include "ipaddress.h"
#include "networksmodel.h"

#include "stores/floatingipstore.h"
#include "stores/networkstore.h"

namespace zenith {

FloatingIpsModel::FloatingIpsModel(QObject* parent)
    : CollectionTableModel(parent)
{}

void FloatingIpsModel::setStore(FloatingIpStore* store)
{
    followStore(m_store, store, &FloatingIpStore::floatingIpsAdded, &FloatingIpStore::floatingIpsChanged,
                &FloatingIpStore::floatingIpsRemoved, &FloatingIpStore::floatingIps);
}

void FloatingIpsModel::setNetworkStore(NetworkStore* networks)
{
    m_networks = networks;
    const auto refresh = [this] { refreshColumn(Network); };
    connect(networks, &NetworkStore::networksAdded, this, refresh);
    connect(networks, &NetworkStore::networksChanged, this, refresh);
}

void FloatingIpsModel::setOwners(const PortOwners& owners)
{
    m_owners = owners;
    m_portIndex.clear();
    for (int i = 0; i < m_owners.ports.size(); ++i)
        m_portIndex.insert(m_owners.ports.at(i).id, i);
    refreshColumn(Instance);
    refreshColumn(Port);
}

int FloatingIpsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FloatingIpsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FloatingIp& ip = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(ip, index.column());
    case Qt::ToolTipRole: return index.column() == Address ? QVariant(ip.id) : displayData(ip, index.column());
    case IdRole: return ip.id;
    case SortRole: return sortData(ip, index.column());
    case SearchRole: {
        QStringList words;
        for (int column = 0; column < ColumnCount; ++column)
            words << displayData(ip, column).toString();
        return words.join(u' ').toLower();
    }
    default: return {};
    }
}

QVariant FloatingIpsModel::displayData(const FloatingIp& ip, int column) const
{
    const int portRow = ip.portId ? m_portIndex.value(*ip.portId, -1) : -1;
    const zenith::Port* port = portRow >= 0 ? &m_owners.ports.at(portRow) : nullptr;
    switch (column) {
    case Address: return ip.floatingIpAddress;
    case Status: return NetworksModel::statusText(ip.status);
    case Network: {
        const zenith::Network* network = m_networks ? m_networks->network(ip.floatingNetworkId) : nullptr;
        return network && !network->name.isEmpty() ? network->name : ip.floatingNetworkId;
    }
    case FixedIp: return ip.fixedIpAddress.value_or(QString());
    case Instance:
        if (!ip.portId)
            //: Floating IPs table: the address is not associated to any port
            return tr("Not associated");
        return port ? m_owners.serverName(*port) : QString();
    case Port:
        if (!ip.portId)
            return QString();
        return port && !port->name.isEmpty() ? port->name : *ip.portId;
    default: return {};
    }
}

QVariant FloatingIpsModel::sortData(const FloatingIp& ip, int column) const
{
    if (column == Address || column == FixedIp) {
        // Numeric order: 203.0.113.9 before 203.0.113.10.
        const QString text = column == Address ? ip.floatingIpAddress : ip.fixedIpAddress.value_or(QString());
        const auto parsed = IpAddress::parse(text);
        if (!parsed)
            return text;
        QString key;
        for (quint8 b : parsed->bytes)
            key += QString::number(b).rightJustified(3, u'0');
        return key;
    }
    return displayData(ip, column).toString().toLower();
}

QVariant FloatingIpsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Address:
        //: Column: the floating (public) address
        return tr("Floating IP");
    case Status: return tr("Status");
    case Network:
        //: Column: the external network the address comes from
        return tr("Pool");
    case FixedIp:
        //: Column: the private address the floating IP maps to
        return tr("Fixed IP");
    case Instance: return tr("Instance");
    case Port: return tr("Port");
    default: return {};
    }
}

} // namespace zenith
