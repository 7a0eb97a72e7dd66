#include "demoneutronsubnetrules.h"

#include "demoneutronjson.h"

#include <QSet>

namespace zenith::demo::neutron {

namespace {

constexpr int kMaxDnsNameservers = 5;    // neutron.conf max_dns_nameservers
constexpr int kMaxSubnetHostRoutes = 20; // neutron.conf max_subnet_host_routes

// A JSON object as Python prints a dict in Neutron's messages: "{'end': 'x', 'start': 'y'}".
QString pythonDict(const QJsonObject& object)
{
    QStringList items;
    for (auto it = object.begin(); it != object.end(); ++it)
        items.append(QStringLiteral("'%1': '%2'").arg(it.key(), pythonText(it.value())));
    return u'{' + items.join(QStringLiteral(", ")) + u'}';
}

QString pythonValue(const QJsonValue& value)
{
    return value.isObject() ? pythonDict(value.toObject()) : pythonText(value);
}

std::optional<DemoReply> checkAddress(const QString& attribute, const QJsonValue& value)
{
    if (value.isString() && IpAddress::parse(value.toString()).isValid())
        return std::nullopt;
    return invalidAttribute(attribute, QStringLiteral("'%1' is not a valid IP address").arg(pythonText(value)));
}

// _validate_ip_version: "<name> '<addr>' does not match the ip_version '<v>'".
std::optional<DemoReply> checkVersion(int version, int actual, const QString& name, const QString& text)
{
    if (version == actual)
        return std::nullopt;
    return invalidInput(QStringLiteral("%1 '%2' does not match the ip_version '%3'").arg(name, text).arg(version));
}

std::variant<QList<IpRange>, DemoReply> convertPools(const QJsonValue& value)
{
    const QString attribute = QStringLiteral("allocation_pools");
    if (!value.isArray())
        return invalidAttribute(attribute,
                                QStringLiteral("Invalid data format for IP pool: '%1'").arg(pythonValue(value)));
    QList<IpRange> pools;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject pool = item.toObject();
        if (!item.isObject() || pool.size() != 2 || !pool.contains(u"start") || !pool.contains(u"end"))
            return invalidAttribute(attribute,
                                    QStringLiteral("Invalid data format for IP pool: '%1'").arg(pythonValue(value)));
        for (const QString& end : {QStringLiteral("end"), QStringLiteral("start")}) {
            if (auto refused = checkAddress(attribute, pool.value(end)))
                return *refused;
        }
        const IpRange range{IpAddress::parse(pool.value(u"start").toString()),
                            IpAddress::parse(pool.value(u"end").toString())};
        // netaddr.IPRange refuses a reversed or mixed-version range.
        if (range.first.version != range.last.version || range.last < range.first)
            return error(400, QStringLiteral("InvalidAllocationPool"),
                         QStringLiteral("The allocation pool %1 is not valid.").arg(pythonDict(pool)));
        pools.append(range);
    }
    return pools;
}

std::variant<QStringList, DemoReply> convertNameservers(const QJsonValue& value)
{
    if (value.isNull())
        return QStringList();
    if (!value.isArray())
        return invalidAttribute(QStringLiteral("dns_nameservers"),
                                QStringLiteral("Invalid data format for nameserver: '%1'").arg(pythonValue(value)));
    QStringList servers;
    for (const QJsonValue& server : value.toArray()) {
        if (!server.isString() || !IpAddress::parse(server.toString()).isValid())
            return invalidAttribute(QStringLiteral("dns_nameservers"),
                                    QStringLiteral("'%1' is not a valid nameserver. '%1' is not a valid IP address")
                                        .arg(pythonText(server)));
        if (servers.contains(server.toString()))
            return invalidAttribute(QStringLiteral("dns_nameservers"),
                                    QStringLiteral("Duplicate nameserver '%1'").arg(server.toString()));
        servers.append(server.toString());
    }
    return servers;
}

std::variant<QJsonArray, DemoReply> convertHostRoutes(const QJsonValue& value)
{
    const QString attribute = QStringLiteral("host_routes");
    if (value.isNull())
        return QJsonArray();
    if (!value.isArray())
        return invalidAttribute(attribute,
                                QStringLiteral("Invalid data format for hostroute: '%1'").arg(pythonValue(value)));
    QJsonArray routes;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject route = item.toObject();
        if (!item.isObject() || route.size() != 2 || !route.contains(u"destination") || !route.contains(u"nexthop"))
            return invalidAttribute(attribute,
                                    QStringLiteral("Invalid data format for hostroute: '%1'").arg(pythonValue(item)));
        const auto destination = IpNetwork::parse(route.value(u"destination").toString());
        if (!destination)
            return invalidAttribute(
                attribute, QStringLiteral("'%1' is not a valid CIDR").arg(pythonText(route.value(u"destination"))));
        if (destination->address != destination->first())
            return invalidAttribute(attribute, QStringLiteral("'%1' is not a recognized CIDR, '%2' is recommended")
                                                   .arg(route.value(u"destination").toString(), destination->cidr()));
        if (auto refused = checkAddress(attribute, route.value(u"nexthop")))
            return *refused;
        if (routes.contains(route))
            return invalidAttribute(attribute, QStringLiteral("Duplicate hostroute '%1'").arg(pythonDict(route)));
        routes.append(route);
    }
    return routes;
}

// Conversions of the fields a create and an update share, into `spec`.
std::optional<DemoReply> convertShared(const QJsonObject& fields, SubnetSpec& spec, bool* gatewayGiven,
                                       bool* poolsGiven)
{
    for (const QString& text : {QStringLiteral("name"), QStringLiteral("description")}) {
        if (fields.contains(text)) {
            if (auto refused = checkString(text, fields.value(text)))
                return refused;
            (text == u"name" ? spec.name : spec.description) = fields.value(text).toString();
        }
    }
    if ((*gatewayGiven = fields.contains(u"gateway_ip"))) {
        const QJsonValue gateway = fields.value(u"gateway_ip");
        if (!gateway.isNull()) {
            if (auto refused = checkAddress(QStringLiteral("gateway_ip"), gateway))
                return refused;
            spec.gatewayIp = IpAddress::parse(gateway.toString());
        } else {
            spec.gatewayIp.reset();
        }
    }
    if ((*poolsGiven = fields.contains(u"allocation_pools"))) {
        const auto pools = convertPools(fields.value(u"allocation_pools"));
        if (const auto* refused = std::get_if<DemoReply>(&pools))
            return *refused;
        spec.pools = std::get<QList<IpRange>>(pools);
    }
    if (fields.contains(u"dns_nameservers")) {
        const auto servers = convertNameservers(fields.value(u"dns_nameservers"));
        if (const auto* refused = std::get_if<DemoReply>(&servers))
            return *refused;
        spec.dnsNameservers = std::get<QStringList>(servers);
    }
    if (fields.contains(u"host_routes")) {
        const auto routes = convertHostRoutes(fields.value(u"host_routes"));
        if (const auto* refused = std::get_if<DemoReply>(&routes))
            return *refused;
        spec.hostRoutes = std::get<QJsonArray>(routes);
    }
    if (fields.contains(u"enable_dhcp")) {
        const auto dhcp = toBoolean(fields.value(u"enable_dhcp"));
        if (const auto* refused = std::get_if<DemoReply>(&dhcp))
            return *refused;
        spec.enableDhcp = std::get<bool>(dhcp);
    }
    return std::nullopt;
}

// db_base_plugin_v2._validate_subnet: what a create and an update both check.
std::optional<DemoReply> checkSubnet(const SubnetSpec& spec, int version, bool dhcpTurnedOn, const QString& subnetId)
{
    const QString subject = subnetId.isEmpty() ? QStringLiteral("new subnet") : subnetId;
    const int prefix = spec.cidr.prefix;
    if (dhcpTurnedOn && ((version == 4 && prefix > 30) || (version == 6 && prefix > 126)))
        return invalidInput(
            QStringLiteral("Subnet has a prefix length that is incompatible with DHCP service enabled"));
    if (spec.gatewayIp) {
        if (auto refused = checkVersion(version, spec.gatewayIp->version, QStringLiteral("gateway_ip"),
                                        spec.gatewayIp->toString()))
            return refused;
        if (gatewayInvalidInSubnet(spec.cidr, *spec.gatewayIp))
            return invalidInput(QStringLiteral("Gateway is not valid on subnet"));
    }
    if (spec.dnsNameservers.size() > kMaxDnsNameservers)
        return error(400, QStringLiteral("DNSNameServersExhausted"),
                     QStringLiteral("Unable to complete operation for %1. The number of DNS nameservers exceeds the "
                                    "limit %2.")
                         .arg(subject)
                         .arg(kMaxDnsNameservers));
    for (const QString& server : spec.dnsNameservers) {
        if (auto refused =
                checkVersion(version, IpAddress::parse(server).version, QStringLiteral("dns_nameserver"), server))
            return refused;
    }
    if (spec.hostRoutes.size() > kMaxSubnetHostRoutes)
        return error(400, QStringLiteral("HostRoutesExhausted"),
                     QStringLiteral("Unable to complete operation for %1. The number of host routes exceeds the "
                                    "limit %2.")
                         .arg(subject)
                         .arg(kMaxSubnetHostRoutes));
    for (const QJsonValue& route : spec.hostRoutes) {
        const QString nexthop = route.toObject().value(u"nexthop").toString();
        const QString destination = route.toObject().value(u"destination").toString();
        if (auto refused = checkVersion(version, IpAddress::parse(nexthop).version, QStringLiteral("nexthop"), nexthop))
            return refused;
        if (auto refused = checkVersion(version, IpNetwork::parse(destination)->address.version,
                                        QStringLiteral("destination"), destination))
            return refused;
    }
    return std::nullopt;
}

// ipam_backend_mixin.validate_allocation_pools and validate_gw_out_of_pools.
std::optional<DemoReply> checkPools(const IpNetwork& cidr, const QList<IpRange>& pools,
                                    const std::optional<IpAddress>& gateway)
{
    IpRange usable = cidr.range();
    if (cidr.address.version == 6 || cidr.prefix <= 30)
        usable.first = usable.first.next();
    if (cidr.address.version == 4 && cidr.prefix <= 30)
        usable.last = usable.last.previous();
    for (const IpRange& pool : pools) {
        if (pool.first.version != cidr.address.version)
            return error(400, QStringLiteral("InvalidAllocationPool"),
                         QStringLiteral("The allocation pool %1 is not valid.").arg(pool.toString()));
        if (pool.first < usable.first || usable.last < pool.last)
            return error(400, QStringLiteral("OutOfBoundsAllocationPool"),
                         QStringLiteral("The allocation pool %1 spans beyond the subnet cidr %2.")
                             .arg(pool.toString(), cidr.cidr()));
    }
    for (qsizetype l = 0; l < pools.size(); ++l) {
        for (qsizetype r = l + 1; r < pools.size(); ++r) {
            if (pools[l].overlaps(pools[r]))
                return error(409, QStringLiteral("OverlappingAllocationPools"),
                             QStringLiteral("Found overlapping allocation pools: %1 %2 for subnet %3.")
                                 .arg(pools[l].toString(), pools[r].toString(), cidr.cidr()));
        }
    }
    for (const IpRange& pool : pools) {
        if (gateway && pool.contains(*gateway))
            return error(409, QStringLiteral("GatewayConflictWithAllocationPools"),
                         QStringLiteral("Gateway ip %1 conflicts with allocation pool %2.")
                             .arg(gateway->toString(), pool.toString()));
    }
    return std::nullopt;
}

QList<IpRange> poolsOf(const QJsonObject& subnet)
{
    QList<IpRange> pools;
    for (const QJsonValue& p : subnet.value(u"allocation_pools").toArray())
        pools.append(IpRange{IpAddress::parse(p.toObject().value(u"start").toString()),
                             IpAddress::parse(p.toObject().value(u"end").toString())});
    return pools;
}

// A router interface holding the current gateway address keeps it (GatewayIpInUse).
std::optional<DemoReply> gatewayHeldByRouter(const DemoEnv& env, const QString& region, const QJsonObject& subnet)
{
    const QJsonValue gateway = subnet.value(u"gateway_ip");
    for (const QJsonObject& port : env.state.items(key(region, QStringLiteral("ports")))) {
        if (!port.value(u"device_owner").toString().startsWith(kRouterInterface))
            continue;
        for (const QJsonValue& ip : port.value(u"fixed_ips").toArray()) {
            if (ip.toObject().value(u"subnet_id") == subnet.value(u"id") &&
                ip.toObject().value(u"ip_address") == gateway)
                return error(409, QStringLiteral("GatewayIpInUse"),
                             QStringLiteral("Current gateway ip %1 already in use by port %2. Unable to update.")
                                 .arg(gateway.toString(), port.value(u"id").toString()));
        }
    }
    return std::nullopt;
}

} // namespace

std::variant<SubnetRequest, DemoReply> convertSubnetBody(const QJsonObject& fields)
{
    for (const QString& required : {QStringLiteral("ip_version"), QStringLiteral("network_id")}) {
        if (!fields.contains(required))
            return badRequest(
                QStringLiteral("Failed to parse request. Required attribute '%1' not specified").arg(required));
    }
    SubnetRequest request;
    const auto version = toInteger(fields.value(u"ip_version"));
    if (const auto* refused = std::get_if<DemoReply>(&version))
        return *refused;
    request.ipVersion = std::get<int>(version);
    if (request.ipVersion != 4 && request.ipVersion != 6)
        return invalidAttribute(QStringLiteral("ip_version"),
                                QStringLiteral("%1 is not in [4, 6]").arg(request.ipVersion));
    request.spec.networkId = fields.value(u"network_id").toString();
    if (!fields.contains(u"cidr") || fields.value(u"cidr").isNull())
        return badResourceRequest(QStringLiteral("subnets"),
                                  QStringLiteral("a subnetpool must be specified in the absence of a cidr"));
    const auto cidr = IpNetwork::parse(fields.value(u"cidr").toString());
    if (!cidr || !fields.value(u"cidr").isString())
        return invalidInput(QStringLiteral("%1 is not in a CIDR format").arg(pythonText(fields.value(u"cidr"))));
    request.spec.cidr = *cidr;
    request.spec.cidr.address = cidr->first(); // Neutron stores the network address
    if (auto refused = convertShared(fields, request.spec, &request.gatewayGiven, &request.poolsGiven))
        return *refused;
    request.spec.ipv6RaMode =
        fields.value(u"ipv6_ra_mode").isString() ? fields.value(u"ipv6_ra_mode") : QJsonValue::Null;
    request.spec.ipv6AddressMode =
        fields.value(u"ipv6_address_mode").isString() ? fields.value(u"ipv6_address_mode") : QJsonValue::Null;
    return request;
}

std::optional<DemoReply> checkNewSubnet(const DemoEnv& env, const QString& region, SubnetRequest& request)
{
    SubnetSpec& spec = request.spec;
    const int version = request.ipVersion;
    if (auto refused = checkVersion(version, spec.cidr.address.version, QStringLiteral("cidr"), spec.cidr.cidr()))
        return refused;
    // The gateway Neutron picks when none is named: the first address (IPv6: the network's own).
    if (!request.gatewayGiven)
        spec.gatewayIp = version == 6 ? spec.cidr.first() : spec.cidr.first().next();
    if (auto refused = checkSubnet(spec, version, spec.enableDhcp, QString()))
        return refused;
    if (version == 4 && (spec.ipv6RaMode.isString() || spec.ipv6AddressMode.isString()))
        return invalidInput(spec.ipv6RaMode.isString()
                                ? QStringLiteral("ipv6_ra_mode is not valid when ip_version is 4")
                                : QStringLiteral("ipv6_address_mode is not valid when ip_version is 4"));
    if (spec.cidr.prefix == 0)
        return invalidInput(QStringLiteral("0 is not allowed as CIDR prefix length"));
    for (const QJsonObject& other : env.state.items(key(region, QStringLiteral("subnets")))) {
        const auto otherCidr = IpNetwork::parse(other.value(u"cidr").toString());
        if (other.value(u"network_id").toString() == spec.networkId && otherCidr && otherCidr->overlaps(spec.cidr))
            return invalidInput(QStringLiteral("Requested subnet with cidr: %1 for network: %2 overlaps with another "
                                               "subnet")
                                    .arg(spec.cidr.cidr(), spec.networkId));
    }
    if (!request.poolsGiven) {
        spec.pools = generatePools(spec.cidr, spec.gatewayIp);
        return std::nullopt;
    }
    return checkPools(spec.cidr, spec.pools, spec.gatewayIp);
}

std::optional<DemoReply> applySubnetUpdate(const DemoEnv& env, const QString& region, QJsonObject& subnet,
                                           const QJsonObject& fields)
{
    SubnetSpec spec;
    spec.cidr = *IpNetwork::parse(subnet.value(u"cidr").toString());
    const QJsonValue oldGateway = subnet.value(u"gateway_ip");
    if (oldGateway.isString())
        spec.gatewayIp = IpAddress::parse(oldGateway.toString());
    spec.pools = poolsOf(subnet);
    spec.enableDhcp = subnet.value(u"enable_dhcp").toBool();
    bool gatewayGiven = false;
    bool poolsGiven = false;
    if (auto refused = convertShared(fields, spec, &gatewayGiven, &poolsGiven))
        return refused;
    const bool dhcpTurnedOn = spec.enableDhcp && !subnet.value(u"enable_dhcp").toBool();
    if (auto refused = checkSubnet(spec, spec.cidr.address.version, dhcpTurnedOn, subnet.value(u"id").toString()))
        return refused;
    const QString newGateway = spec.gatewayIp ? spec.gatewayIp->toString() : QString();
    if (gatewayGiven && spec.gatewayIp && newGateway != oldGateway.toString() && oldGateway.isString()) {
        if (auto refused = gatewayHeldByRouter(env, region, subnet))
            return refused;
    }
    if (gatewayGiven || poolsGiven) {
        if (auto refused = checkPools(spec.cidr, poolsGiven ? spec.pools : poolsOf(subnet), spec.gatewayIp))
            return refused;
    }
    for (const QString& k : {QStringLiteral("name"), QStringLiteral("description")}) {
        if (fields.contains(k))
            subnet.insert(k, k == u"name" ? spec.name : spec.description);
    }
    subnet.insert(QStringLiteral("gateway_ip"), spec.gatewayIp ? QJsonValue(newGateway) : QJsonValue(QJsonValue::Null));
    subnet.insert(QStringLiteral("allocation_pools"), poolsJson(spec.pools));
    if (fields.contains(u"dns_nameservers"))
        subnet.insert(QStringLiteral("dns_nameservers"), QJsonArray::fromStringList(spec.dnsNameservers));
    if (fields.contains(u"host_routes"))
        subnet.insert(QStringLiteral("host_routes"), spec.hostRoutes);
    subnet.insert(QStringLiteral("enable_dhcp"), spec.enableDhcp);
    return std::nullopt;
}

} // namespace zenith::demo::neutron
