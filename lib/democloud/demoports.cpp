#include "demoports.h"

#include <QHostAddress>
#include <QRandomGenerator>

namespace zenith::demo::ports {

namespace {

QString portsOf(const QString& region)
{
    return DemoEnv::in(region, QStringLiteral("ports"));
}

QString randomMac()
{
    auto* random = QRandomGenerator::global();
    return QStringLiteral("fa:16:3e:%1:%2:%3")
        .arg(random->bounded(256), 2, 16, QLatin1Char('0'))
        .arg(random->bounded(256), 2, 16, QLatin1Char('0'))
        .arg(random->bounded(256), 2, 16, QLatin1Char('0'));
}

// The IPv4 address as a number, for walking pools; 0 for anything else.
quint32 v4(const QString& address)
{
    QHostAddress a;
    return a.setAddress(address) && a.protocol() == QAbstractSocket::IPv4Protocol ? a.toIPv4Address() : 0;
}

bool inSubnet(const QJsonObject& subnet, const QString& address)
{
    const auto [network, prefix] = QHostAddress::parseSubnet(subnet.value(u"cidr").toString());
    QHostAddress a;
    return a.setAddress(address) && a.isInSubnet(network, prefix);
}

QList<QJsonObject> subnetsOf(const DemoEnv& env, const QString& region, const QString& networkId)
{
    return env.state.select(DemoEnv::in(region, QStringLiteral("subnets")),
                            [&](const QJsonObject& s) { return s.value(u"network_id").toString() == networkId; });
}

// Neutron checks every requested address before it takes any.
std::optional<PortError> resolveFixedIps(DemoEnv& env, const QString& region, const QString& networkId,
                                         const QList<QPair<QString, QString>>& asked, QJsonArray* out,
                                         const QString& portId = {})
{
    const QList<QJsonObject> subnets = subnetsOf(env, region, networkId);
    QJsonArray taken;
    QList<QPair<QString, QString>> wanted = asked;
    if (wanted.isEmpty()) {
        for (const QJsonObject& s : subnets) {
            if (s.value(u"ip_version").toInt() == 4)
                wanted.append({s.value(u"id").toString(), QString()});
        }
    }
    for (auto [subnetId, address] : wanted) {
        const QJsonObject* subnet = nullptr;
        for (const QJsonObject& s : subnets) {
            if ((!subnetId.isEmpty() && s.value(u"id").toString() == subnetId) ||
                (subnetId.isEmpty() && inSubnet(s, address)))
                subnet = &s;
        }
        if (!subnet) {
            if (!subnetId.isEmpty())
                return PortError{400, QStringLiteral("InvalidInput"),
                                 QStringLiteral("Invalid input for operation: Failed to create port on network %1, "
                                                "because fixed_ips included invalid subnet %2.")
                                     .arg(networkId, subnetId)};
            return PortError{400, QStringLiteral("InvalidIpForNetwork"),
                             QStringLiteral("IP address %1 is not a valid IP for any of the subnets on the specified "
                                            "network.")
                                 .arg(address)};
        }
        subnetId = subnet->value(u"id").toString();
        if (address.isEmpty()) {
            address = freeAddress(env, region, *subnet);
            for (const QJsonValue& t : std::as_const(taken)) {
                if (t.toObject().value(u"ip_address").toString() == address)
                    address.clear(); // two addresses of one subnet on one port: keep it simple, refuse
            }
            if (address.isEmpty())
                return PortError{409, QStringLiteral("IpAddressGenerationFailure"),
                                 QStringLiteral("No more IP addresses available on network %1.").arg(networkId)};
        } else if (!inSubnet(*subnet, address)) {
            return PortError{400, QStringLiteral("InvalidIpForSubnet"),
                             QStringLiteral("IP address %1 is not a valid IP for the specified subnet.").arg(address)};
        } else {
            const auto owners = env.state.select(portsOf(region), [&](const QJsonObject& p) {
                if (p.value(u"id").toString() == portId)
                    return false;
                for (const QJsonValue& ip : p.value(u"fixed_ips").toArray()) {
                    if (ip.toObject().value(u"ip_address").toString() == address &&
                        ip.toObject().value(u"subnet_id").toString() == subnetId)
                        return true;
                }
                return false;
            });
            if (!owners.isEmpty())
                return PortError{409, QStringLiteral("IpAddressAlreadyAllocated"),
                                 QStringLiteral("IP address %1 already allocated in subnet %2").arg(address, subnetId)};
        }
        taken.append(QJsonObject{{QStringLiteral("subnet_id"), subnetId}, {QStringLiteral("ip_address"), address}});
    }
    *out = taken;
    return std::nullopt;
}

} // namespace

bool addressTaken(const DemoEnv& env, const QString& region, const QString& subnetId, const QString& address)
{
    const auto owners = env.state.select(portsOf(region), [&](const QJsonObject& p) {
        for (const QJsonValue& ip : p.value(u"fixed_ips").toArray()) {
            const QJsonObject o = ip.toObject();
            if (o.value(u"subnet_id").toString() == subnetId && o.value(u"ip_address").toString() == address)
                return true;
        }
        return false;
    });
    return !owners.isEmpty();
}

QString freeAddress(const DemoEnv& env, const QString& region, const QJsonObject& subnet)
{
    const QString subnetId = subnet.value(u"id").toString();
    QSet<quint32> used;
    for (const QJsonObject& p : env.state.items(portsOf(region))) {
        for (const QJsonValue& ip : p.value(u"fixed_ips").toArray()) {
            if (ip.toObject().value(u"subnet_id").toString() == subnetId)
                used.insert(v4(ip.toObject().value(u"ip_address").toString()));
        }
    }
    for (const QJsonValue& pool : subnet.value(u"allocation_pools").toArray()) {
        const quint32 start = v4(pool.toObject().value(u"start").toString());
        const quint32 end = v4(pool.toObject().value(u"end").toString());
        for (quint32 a = start; a != 0 && a <= end; ++a) {
            if (!used.contains(a))
                return QHostAddress(a).toString();
        }
    }
    return {};
}

std::variant<QJsonObject, PortError> create(DemoEnv& env, const PortSpec& spec)
{
    const QJsonObject* network = env.state.find(DemoEnv::in(spec.region, QStringLiteral("networks")), spec.networkId);
    if (!network)
        return PortError{404, QStringLiteral("NetworkNotFound"),
                         QStringLiteral("Network %1 could not be found.").arg(spec.networkId)};
    QJsonArray fixedIps;
    if (auto refused = resolveFixedIps(env, spec.region, spec.networkId, spec.fixedIps, &fixedIps))
        return *refused;
    const bool portSecurity = spec.portSecurityEnabled.value_or(network->value(u"port_security_enabled").toBool(true));
    QStringList groups;
    if (spec.securityGroups)
        groups = *spec.securityGroups;
    else if (portSecurity && env.defaultSecurityGroup)
        groups = {env.defaultSecurityGroup(spec.region, spec.projectId)};
    if (!portSecurity && (!groups.isEmpty() || !spec.allowedAddressPairs.isEmpty())) {
        if (!groups.isEmpty())
            return PortError{400, QStringLiteral("PortSecurityAndIPRequiredForSecurityGroups"),
                             QStringLiteral("Port security must be enabled and port must have an IP address in order "
                                            "to use security groups.")};
        return PortError{409, QStringLiteral("AddressPairAndPortSecurityRequired"),
                         QStringLiteral("Port Security must be enabled in order to have allowed address pairs on a "
                                        "port.")};
    }
    const QString now = DemoClock::isoSeconds();
    QJsonObject port{{QStringLiteral("id"), DemoEnv::newId()},
                     {QStringLiteral("name"), spec.name},
                     {QStringLiteral("network_id"), spec.networkId},
                     {QStringLiteral("tenant_id"), spec.projectId},
                     {QStringLiteral("mac_address"), randomMac()},
                     {QStringLiteral("admin_state_up"), spec.adminStateUp},
                     {QStringLiteral("status"), QStringLiteral("DOWN")},
                     {QStringLiteral("device_id"), spec.deviceId},
                     {QStringLiteral("device_owner"), spec.deviceOwner},
                     {QStringLiteral("fixed_ips"), fixedIps},
                     {QStringLiteral("project_id"), spec.projectId},
                     {QStringLiteral("port_security_enabled"), portSecurity},
                     {QStringLiteral("security_groups"), QJsonArray::fromStringList(groups)},
                     {QStringLiteral("binding:vnic_type"), QStringLiteral("normal")},
                     {QStringLiteral("allowed_address_pairs"), spec.allowedAddressPairs},
                     {QStringLiteral("extra_dhcp_opts"), QJsonArray()},
                     {QStringLiteral("description"), spec.description},
                     {QStringLiteral("tags"), QJsonArray()},
                     {QStringLiteral("created_at"), now},
                     {QStringLiteral("updated_at"), now},
                     {QStringLiteral("revision_number"), 1}};
    return env.state.put(portsOf(spec.region), port);
}

std::optional<PortError> setFixedIps(DemoEnv& env, const QString& region, const QString& portId,
                                     const QList<QPair<QString, QString>>& fixedIps)
{
    QJsonObject* port = env.state.find(portsOf(region), portId);
    if (!port)
        return PortError{404, QStringLiteral("PortNotFound"),
                         QStringLiteral("Port %1 could not be found.").arg(portId)};
    QJsonArray resolved;
    if (auto refused = resolveFixedIps(env, region, port->value(u"network_id").toString(), fixedIps, &resolved, portId))
        return refused;
    port = env.state.find(portsOf(region), portId);
    port->insert(QStringLiteral("fixed_ips"), resolved);
    port->insert(QStringLiteral("updated_at"), DemoClock::isoSeconds());
    port->insert(QStringLiteral("revision_number"), port->value(u"revision_number").toInt() + 1);
    return std::nullopt;
}

void bind(DemoEnv& env, const QString& region, const QString& portId, const QString& serverId, const QString& zone)
{
    QJsonObject* port = env.state.find(portsOf(region), portId);
    if (!port)
        return;
    port->insert(QStringLiteral("device_id"), serverId);
    port->insert(QStringLiteral("device_owner"), QString(QStringLiteral("compute:") + zone));
    port->insert(QStringLiteral("updated_at"), DemoClock::isoSeconds());
    port->insert(QStringLiteral("revision_number"), port->value(u"revision_number").toInt() + 1);
    // A real L2 agent wires the port within a second or so; then Neutron says ACTIVE.
    env.clock.after(0.5, &env.lifetime, [&env, region, portId, serverId] {
        QJsonObject* bound = env.state.find(portsOf(region), portId);
        if (bound && bound->value(u"device_id").toString() == serverId) {
            bound->insert(QStringLiteral("status"), QStringLiteral("ACTIVE"));
            bound->insert(QStringLiteral("revision_number"), bound->value(u"revision_number").toInt() + 1);
        }
    });
}

void unbind(DemoEnv& env, const QString& region, const QString& portId)
{
    QJsonObject* port = env.state.find(portsOf(region), portId);
    if (!port)
        return;
    port->insert(QStringLiteral("device_id"), QString());
    port->insert(QStringLiteral("device_owner"), QString());
    port->insert(QStringLiteral("status"), QStringLiteral("DOWN"));
    port->insert(QStringLiteral("updated_at"), DemoClock::isoSeconds());
    port->insert(QStringLiteral("revision_number"), port->value(u"revision_number").toInt() + 1);
}

} // namespace zenith::demo::ports
