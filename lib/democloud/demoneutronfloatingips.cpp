#include "demoneutronfloatingips.h"

#include "demoneutronaddress.h"
#include "demoneutronjson.h"
#include "demoneutronlist.h"
#include "demoneutronnetworks.h"
#include "demoneutronportrules.h"
#include "demoneutronports.h"
#include "demoneutronquotas.h"
#include "demoneutronrouters.h"

namespace zenith::demo::neutron {

namespace {

const Attributes kAttributes{{QStringLiteral("floating_network_id"), QStringLiteral("port_id"),
                              QStringLiteral("fixed_ip_address"), QStringLiteral("floating_ip_address"),
                              QStringLiteral("subnet_id"), QStringLiteral("description"),
                              QStringLiteral("qos_policy_id")},
                             {QStringLiteral("port_id"), QStringLiteral("fixed_ip_address"),
                              QStringLiteral("description"), QStringLiteral("qos_policy_id")}};

QString floatingIpsOf(const QString& region)
{
    return key(region, QStringLiteral("floatingips"));
}

DemoReply floatingIpNotFound(const QString& id)
{
    return error(404, QStringLiteral("FloatingIPNotFound"),
                 QStringLiteral("Floating IP %1 could not be found").arg(id));
}

DemoReply badFloatingIp(const QString& message)
{
    return badResourceRequest(QStringLiteral("floatingip"), message);
}

// Floating IPs whose port is gone (Nova deleted it with its server) are no longer associated.
void settle(DemoEnv& env, const QString& region)
{
    for (const QJsonObject& fip : env.state.items(floatingIpsOf(region))) {
        const QString port = fip.value(u"port_id").toString();
        if (!port.isEmpty() && !env.state.find(key(region, QStringLiteral("ports")), port))
            disassociateFloatingIps(env, region, port);
    }
}

QJsonObject floatingIpView(const DemoEnv& env, const QString& region, const QJsonObject& fip)
{
    QJsonObject shown = fip;
    const QJsonObject* port = env.state.find(key(region, QStringLiteral("ports")), fip.value(u"port_id").toString());
    QJsonValue details = QJsonValue::Null;
    if (port) {
        QJsonObject d;
        for (const QString& k : {QStringLiteral("name"), QStringLiteral("network_id"), QStringLiteral("mac_address"),
                                 QStringLiteral("admin_state_up"), QStringLiteral("status"),
                                 QStringLiteral("device_id"), QStringLiteral("device_owner")})
            d.insert(k, port->value(k));
        details = d;
    }
    shown.insert(QStringLiteral("port_details"), details);
    return shown;
}

struct Association
{
    QJsonValue portId = QJsonValue::Null;
    QJsonValue fixedIp = QJsonValue::Null;
    QJsonValue routerId = QJsonValue::Null;
};

// l3_db.get_router_for_floatingip: a router with an interface on the fixed IP's subnet and its
// gateway on the floating IP's network; the one holding the subnet's gateway address first.
QString routerFor(const DemoEnv& env, const QString& region, const QJsonObject& port, const QString& subnetId,
                  const QString& externalNetworkId)
{
    const QJsonObject* subnet = env.state.find(key(region, QStringLiteral("subnets")), subnetId);
    QString first;
    for (const QJsonObject& p : env.state.items(key(region, QStringLiteral("ports")))) {
        if (p.value(u"device_owner").toString() != kRouterInterface ||
            p.value(u"network_id") != port.value(u"network_id"))
            continue;
        const QString router = p.value(u"device_id").toString();
        const auto gateways = routerPorts(env, region, router, kRouterGateway);
        const bool toExternal = std::any_of(gateways.begin(), gateways.end(), [&](const QJsonObject& g) {
            return g.value(u"network_id").toString() == externalNetworkId;
        });
        for (const QJsonValue& ip : p.value(u"fixed_ips").toArray()) {
            if (!toExternal || ip.toObject().value(u"subnet_id").toString() != subnetId)
                continue;
            if (subnet && ip.toObject().value(u"ip_address") == subnet->value(u"gateway_ip"))
                return router;
            if (first.isEmpty())
                first = router;
        }
    }
    return first;
}

// l3_db._internal_fip_assoc_data and _get_assoc_data: the port's address and the router to it.
std::variant<Association, DemoReply> associate(const DemoEnv& env, const DemoRequest& request, const QJsonObject& fip,
                                               const QString& portId, const QJsonValue& fixedIp)
{
    const QJsonObject* port = env.state.find(key(request, QStringLiteral("ports")), portId);
    if (!port || !portVisible(env, request, *port))
        return portNotFound(portId);
    if (port->value(u"project_id") != fip.value(u"project_id") && !request.caller.admin)
        return badFloatingIp(QStringLiteral("Cannot process floating IP association with Port %1, since that port is "
                                            "owned by a different tenant")
                                 .arg(portId));
    if (port->value(u"device_owner").toString() == u"network:dhcp")
        return badFloatingIp(QStringLiteral("Port %(id)s is unable to be assigned a floating IP")); // sic, unformatted
    QList<QJsonObject> v4;
    for (const QJsonValue& ip : port->value(u"fixed_ips").toArray()) {
        if (IpAddress::parse(ip.toObject().value(u"ip_address").toString()).version == 4)
            v4.append(ip.toObject());
    }
    QJsonObject chosen;
    if (fixedIp.isString()) {
        if (IpAddress::parse(fixedIp.toString()).version != 4)
            return badFloatingIp(QStringLiteral("Cannot process floating IP association with %1, since that is not an "
                                                "IPv4 address")
                                     .arg(fixedIp.toString()));
        for (const QJsonObject& ip : v4) {
            if (ip.value(u"ip_address") == fixedIp)
                chosen = ip;
        }
        if (chosen.isEmpty())
            return badFloatingIp(QStringLiteral("Port %1 does not have fixed ip %2").arg(portId, fixedIp.toString()));
    } else if (v4.size() != 1) {
        return badFloatingIp(v4.isEmpty() ? QStringLiteral("Cannot add floating IP to port %1 that has no fixed IPv4 "
                                                           "addresses")
                                                .arg(portId)
                                          : QStringLiteral("Port %1 has multiple fixed IPv4 addresses.  Must provide a "
                                                           "specific IPv4 address when assigning a floating IP")
                                                .arg(portId));
    } else {
        chosen = v4.first();
    }
    const QString subnet = chosen.value(u"subnet_id").toString();
    const QString network = fip.value(u"floating_network_id").toString();
    const QString router = routerFor(env, request.region, *port, subnet, network);
    if (router.isEmpty())
        return error(404, QStringLiteral("ExternalGatewayForFloatingIPNotFound"),
                     QStringLiteral("External network %1 is not reachable from subnet %2.  Therefore, cannot associate "
                                    "Port %3 with a Floating IP.")
                         .arg(network, subnet, portId));
    return Association{portId, chosen.value(u"ip_address"), router};
}

// l3_db._check_and_get_fip_assoc: what the body makes of the floating IP's association.
std::variant<Association, DemoReply> association(const DemoEnv& env, const DemoRequest& request, const QJsonObject& fip,
                                                 const QJsonObject& fields)
{
    const QString asked = fields.value(u"port_id").toString();
    const QJsonValue fixedIp = fields.value(u"fixed_ip_address");
    if (fixedIp.isString() && asked.isEmpty())
        return badFloatingIp(QStringLiteral("fixed_ip_address cannot be specified without a port_id"));
    const QString current = fip.value(u"port_id").toString();
    if (asked.isEmpty() && (fields.contains(u"port_id") || current.isEmpty()))
        return Association{};
    const auto found = associate(env, request, fip, asked.isEmpty() ? current : asked, fixedIp);
    if (const auto* refused = std::get_if<DemoReply>(&found))
        return *refused;
    const Association a = std::get<Association>(found);
    if (asked.isEmpty() || asked == current)
        return a;
    for (const QJsonObject& other : env.state.items(floatingIpsOf(request.region))) {
        if (other.value(u"port_id") == a.portId && other.value(u"fixed_ip_address") == a.fixedIp &&
            other.value(u"floating_network_id") == fip.value(u"floating_network_id"))
            return error(409, QStringLiteral("FloatingIPPortAlreadyAssociated"),
                         QStringLiteral("Cannot associate floating IP %1 (%2) with port %3 using fixed IP %4, as that "
                                        "fixed IP already has a floating IP on external network %5.")
                             .arg(fip.value(u"floating_ip_address").toString(), fip.value(u"id").toString(), asked,
                                  a.fixedIp.toString(), fip.value(u"floating_network_id").toString()));
    }
    return a;
}

void apply(QJsonObject& fip, const Association& a)
{
    fip.insert(QStringLiteral("port_id"), a.portId);
    fip.insert(QStringLiteral("fixed_ip_address"), a.fixedIp);
    fip.insert(QStringLiteral("router_id"), a.routerId);
}

// The external network's check (l3_db._create_floatingip): external, with an IPv4 subnet.
std::optional<DemoReply> checkFloatingNetwork(const DemoEnv& env, const DemoRequest& request, const QString& networkId)
{
    const QJsonObject* network = env.state.find(key(request, QStringLiteral("networks")), networkId);
    if (!network || !networkVisible(request, *network))
        return networkNotFound(networkId);
    if (!network->value(u"router:external").toBool())
        return badFloatingIp(QStringLiteral("Network %1 is not a valid external network").arg(networkId));
    const auto v4 = env.state.select(key(request, QStringLiteral("subnets")), [&](const QJsonObject& s) {
        return s.value(u"network_id").toString() == networkId && s.value(u"ip_version").toInt() == 4;
    });
    if (v4.isEmpty())
        return badFloatingIp(QStringLiteral("Network %1 does not contain any IPv4 subnet").arg(networkId));
    return std::nullopt;
}

DemoReply createFloatingIp(DemoEnv& env, DemoRequest& request)
{
    const auto input = createInput(request, QStringLiteral("floatingip"), kAttributes);
    if (const auto* refused = std::get_if<DemoReply>(&input))
        return *refused;
    const QJsonObject fields = std::get<CreateInput>(input).fields;
    const QString owner = std::get<CreateInput>(input).projectId;
    if (!fields.contains(u"floating_network_id"))
        return badRequest(
            QStringLiteral("Failed to parse request. Required attribute 'floating_network_id' not specified"));
    if (fields.value(u"floating_ip_address").isString() && !request.caller.admin)
        return policyRefused(
            QStringLiteral("create_floatingip"),
            {attributeRule(QStringLiteral("create_floatingip"), QStringLiteral("floating_ip_address"))});
    const QString project = owner;
    if (auto refused = overQuota(env, request.region, project, QStringLiteral("floatingip")))
        return *refused;
    const QString networkId = fields.value(u"floating_network_id").toString();
    if (auto refused = checkFloatingNetwork(env, request, networkId))
        return *refused;
    settle(env, request.region);
    QJsonObject fip = newResource(project);
    fip.insert(QStringLiteral("floating_network_id"), networkId);
    fip.insert(QStringLiteral("description"), fields.value(u"description").toString());
    // Without an L3 agent nothing ever sets it up: DOWN, associated or not.
    fip.insert(QStringLiteral("status"), QStringLiteral("DOWN"));
    apply(fip, Association{});
    const auto assoc = association(env, request, fip, fields);
    if (const auto* refused = std::get_if<DemoReply>(&assoc))
        return *refused;
    apply(fip, std::get<Association>(assoc));
    ports::PortSpec spec; // the address is a port of the external network, of no project
    spec.region = request.region;
    spec.networkId = networkId;
    spec.deviceId = fip.value(u"id").toString();
    spec.deviceOwner = kFloatingIpOwner;
    spec.securityGroups = QStringList();
    if (fields.contains(u"subnet_id") || fields.value(u"floating_ip_address").isString())
        spec.fixedIps = {{fields.value(u"subnet_id").toString(), fields.value(u"floating_ip_address").toString()}};
    const auto created = ports::create(env, spec);
    if (const auto* refused = std::get_if<ports::PortError>(&created))
        return portError(*refused);
    QJsonObject port = std::get<QJsonObject>(created);
    port.insert(QStringLiteral("status"), QStringLiteral("N/A"));
    env.state.put(key(request, QStringLiteral("ports")), port);
    fip.insert(QStringLiteral("floating_ip_address"),
               port.value(u"fixed_ips").toArray().first().toObject().value(u"ip_address"));
    env.state.put(floatingIpsOf(request.region), fip);
    return one(201, QStringLiteral("floatingip"), floatingIpView(env, request.region, fip));
}

DemoReply updateFloatingIp(DemoEnv& env, DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("floatingip_id"));
    const auto body = resourceBody(request, QStringLiteral("floatingip"));
    if (const auto* refused = std::get_if<DemoReply>(&body))
        return *refused;
    const QJsonObject fields = std::get<QJsonObject>(body);
    if (auto refused = checkAttributes(fields, kAttributes, false))
        return *refused;
    settle(env, request.region);
    const QJsonObject* stored = env.state.find(floatingIpsOf(request.region), id);
    if (!stored || !owns(request, *stored))
        return floatingIpNotFound(id);
    QJsonObject fip = *stored;
    const auto assoc = association(env, request, fip, fields);
    if (const auto* refused = std::get_if<DemoReply>(&assoc))
        return *refused;
    apply(fip, std::get<Association>(assoc));
    if (fields.contains(u"description")) {
        if (auto refused = checkString(QStringLiteral("description"), fields.value(u"description")))
            return *refused;
        fip.insert(QStringLiteral("description"), fields.value(u"description"));
    }
    touch(fip);
    env.state.put(floatingIpsOf(request.region), fip);
    return one(200, QStringLiteral("floatingip"), floatingIpView(env, request.region, fip));
}

DemoReply deleteFloatingIp(DemoEnv& env, DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("floatingip_id"));
    const QJsonObject* fip = env.state.find(floatingIpsOf(request.region), id);
    if (!fip || !owns(request, *fip))
        return floatingIpNotFound(id);
    const QString ports = key(request, QStringLiteral("ports"));
    for (const QJsonObject& port : env.state.items(ports)) {
        if (port.value(u"device_owner").toString() == kFloatingIpOwner && port.value(u"device_id").toString() == id)
            env.state.remove(ports, port.value(u"id").toString());
    }
    env.state.remove(floatingIpsOf(request.region), id);
    return DemoReply::empty(204);
}

} // namespace

void disassociateFloatingIps(DemoEnv& env, const QString& region, const QString& portId)
{
    for (const QJsonObject& item : env.state.items(floatingIpsOf(region))) {
        if (item.value(u"port_id").toString() != portId)
            continue;
        QJsonObject fip = item;
        apply(fip, Association{});
        touch(fip);
        env.state.put(floatingIpsOf(region), fip);
    }
}

QList<QJsonObject> floatingIpsOfRouter(DemoEnv& env, const QString& region, const QString& routerId)
{
    settle(env, region);
    return env.state.select(floatingIpsOf(region),
                            [&](const QJsonObject& fip) { return fip.value(u"router_id").toString() == routerId; });
}

void addFloatingIpRoutes(DemoEnv& env, DemoRouter& router)
{
    const QString s = QStringLiteral("network");
    const QString one_ = QStringLiteral("v2.0/floatingips/{floatingip_id}");
    router.add(s, "POST", QStringLiteral("v2.0/floatingips"),
               [&env](DemoRequest& r) { return createFloatingIp(env, r); });
    router.add(s, "GET", QStringLiteral("v2.0/floatingips"), [&env](DemoRequest& r) {
        settle(env, r.region);
        QList<QJsonObject> visible;
        for (const QJsonObject& fip : env.state.items(floatingIpsOf(r.region))) {
            if (owns(r, fip))
                visible.append(floatingIpView(env, r.region, fip));
        }
        return listReply(r, visible, ListSpec{QStringLiteral("floatingips"), {}, floatingIpNotFound, {}});
    });
    router.add(s, "GET", one_, [&env](DemoRequest& r) {
        settle(env, r.region);
        const QString id = r.param(QStringLiteral("floatingip_id"));
        const QJsonObject* fip = env.state.find(floatingIpsOf(r.region), id);
        if (!fip || !owns(r, *fip))
            return floatingIpNotFound(id);
        return one(200, QStringLiteral("floatingip"), withFields(r, floatingIpView(env, r.region, *fip)));
    });
    router.add(s, "PUT", one_, [&env](DemoRequest& r) { return updateFloatingIp(env, r); });
    router.add(s, "DELETE", one_, [&env](DemoRequest& r) { return deleteFloatingIp(env, r); });
}

} // namespace zenith::demo::neutron
