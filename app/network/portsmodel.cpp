#include "portsmodel.h"

#include "stores/portstore.h"

namespace zenith {

PortsModel::PortsModel(QObject* parent)
    : CollectionTableModel(parent)
{}

void PortsModel::setStore(PortStore* store)
{
    followStore(m_store, store, &PortStore::portsAdded, &PortStore::portsChanged, &PortStore::portsRemoved,
                &PortStore::ports);
}

void PortsModel::setNames(const PortNames& names)
{
    m_names = names;
    for (const int column : {Network, FixedIps, Device, SecurityGroups})
        refreshColumn(column);
}

int PortsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PortsModel::name(const QHash<QString, QString>& names, const QString& id) const
{
    const QString found = names.value(id);
    return found.isEmpty() ? id : found;
}

QString PortsModel::label(const Port& port)
{
    return port.name.isEmpty() ? port.id : port.name;
}

bool PortsModel::isRouterPort(const Port& port)
{
    return port.deviceOwner.startsWith(u"network:router_") ||
           port.deviceOwner == u"network:ha_router_replicated_interface";
}

QString PortsModel::fixedIpsText(const Port& port) const
{
    QStringList parts;
    for (const PortFixedIp& ip : port.fixedIps) {
        const QString subnet = m_names.subnets.value(ip.subnetId);
        parts << (subnet.isEmpty() ? ip.ipAddress : QString(ip.ipAddress % u" (" % subnet % u')'));
    }
    return parts.join(u", ");
}

QString PortsModel::deviceText(const Port& port) const
{
    if (port.deviceId.isEmpty())
        return {};
    if (isRouterPort(port))
        //: The device of a port: a router, %1 its name
        return tr("router %1").arg(name(m_names.routers, port.deviceId));
    return name(m_names.servers, port.deviceId);
}

QString PortsModel::groupsText(const Port& port) const
{
    QStringList names;
    for (const QString& id : port.securityGroups)
        names << name(m_names.securityGroups, id);
    return names.join(u", ");
}

QString PortsModel::statusText(const QString& status)
{
    if (status == u"ACTIVE")
        return tr("Active");
    if (status == u"DOWN")
        return tr("Down");
    if (status == u"BUILD")
        return tr("Build");
    if (status == u"ERROR")
        return tr("Error");
    return status;
}

QString PortsModel::ownerText(const QString& owner)
{
    if (owner.isEmpty())
        //: A port no instance or router uses
        return tr("Free");
    if (owner.startsWith(u"compute:"))
        return tr("Instance");
    if (owner == u"network:router_interface" || owner == u"network:ha_router_replicated_interface")
        return tr("Router interface");
    if (owner == u"network:router_gateway")
        return tr("Router gateway");
    if (owner == u"network:dhcp")
        return tr("DHCP");
    if (owner == u"network:floatingip")
        return tr("Floating IP");
    if (owner == u"network:distributed")
        return tr("Metadata");
    return owner;
}

QVariant PortsModel::displayData(const Port& port, int column) const
{
    switch (column) {
    case Name: return port.name;
    case Network: return name(m_names.networks, port.networkId);
    case FixedIps: return fixedIpsText(port);
    case MacAddress: return port.macAddress;
    case Status: return statusText(port.status);
    case Device: return deviceText(port);
    case DeviceOwner: return ownerText(port.deviceOwner);
    case PortSecurity:
        if (!port.portSecurityEnabled)
            return QString();
        //: Port security of a port: on (anti-spoofing and security groups apply) or off
        return *port.portSecurityEnabled ? tr("On") : tr("Off");
    case AddressPairs: {
        QStringList pairs;
        for (const AllowedAddressPair& pair : port.allowedAddressPairs)
            pairs << pair.ipAddress;
        return pairs.join(u", ");
    }
    case SecurityGroups: return groupsText(port);
    default: return {};
    }
}

QVariant PortsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Port& port = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(port, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return port.id;
        if (index.column() == DeviceOwner)
            return port.deviceOwner;
        return displayData(port, index.column());
    case IdRole: return port.id;
    case NetworkIdRole: return port.networkId;
    case DeviceIdRole: return port.deviceId;
    case SortRole:
        if (index.column() == Name)
            return label(port).toLower();
        return displayData(port, index.column()).toString().toLower();
    case SearchRole: {
        QStringList words{port.name,        port.id,    port.macAddress, name(m_names.networks, port.networkId),
                          deviceText(port), port.status};
        for (const PortFixedIp& ip : port.fixedIps)
            words << ip.ipAddress;
        return words.join(u' ').toLower();
    }
    default: return {};
    }
}

QVariant PortsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Network: return tr("Network");
    case FixedIps: return tr("Fixed IPs");
    case MacAddress: return tr("MAC address");
    case Status: return tr("Status");
    //: Column: what uses the port (an instance or a router)
    case Device: return tr("Attached to");
    //: Column: Neutron's device_owner in words (instance, router interface, DHCP...)
    case DeviceOwner: return tr("Owner");
    case PortSecurity: return tr("Port security");
    case AddressPairs: return tr("Allowed addresses");
    case SecurityGroups: return tr("Security groups");
    default: return {};
    }
}

} // namespace zenith
