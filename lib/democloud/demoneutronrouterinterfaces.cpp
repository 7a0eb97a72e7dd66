#include "demoneutronaddress.h"
#include "demoneutronfloatingips.h"
#include "demoneutronjson.h"
#include "demoneutronportrules.h"
#include "demoneutronports.h"
#include "demoneutronrouters.h"
#include "demoneutronsubnets.h"

#include <QUuid>

namespace zenith::demo::neutron {

namespace {

DemoReply badRouter(const QString& message)
{
    return badResourceRequest(QStringLiteral("router"), message);
}

QStringList subnetsOfPort(const QJsonObject& port)
{
    QStringList ids;
    for (const QJsonValue& ip : port.value(u"fixed_ips").toArray())
        ids.append(ip.toObject().value(u"subnet_id").toString());
    return ids;
}

QJsonObject interfaceInfo(const QJsonObject& router, const QJsonObject& port, const QStringList& subnets)
{
    return {{QStringLiteral("id"), router.value(u"id")},
            {QStringLiteral("tenant_id"), port.value(u"tenant_id")},
            {QStringLiteral("port_id"), port.value(u"id")},
            {QStringLiteral("network_id"), port.value(u"network_id")},
            {QStringLiteral("subnet_id"), subnets.value(subnets.size() - 1)},
            {QStringLiteral("subnet_ids"), QJsonArray::fromStringList(subnets)}};
}

// l3_db._check_for_dup_router_subnets: one port per subnet, and no overlap with the router's other
// subnets (every subnet of the gateway's network counts).
std::optional<DemoReply> checkDuplicateSubnets(const DemoEnv& env, const QString& region, const QString& routerId,
                                               const QList<QJsonObject>& added)
{
    QStringList addedIds;
    for (const QJsonObject& s : added)
        addedIds.append(s.value(u"id").toString());
    QList<QJsonObject> routerSubnets;
    const QString subnets = key(region, QStringLiteral("subnets"));
    for (const QString& owner : {kRouterInterface, kRouterGateway}) {
        for (const QJsonObject& port : routerPorts(env, region, routerId, owner)) {
            for (const QString& subnet : subnetsOfPort(port)) {
                if (addedIds.contains(subnet))
                    return badRouter(QStringLiteral("Router already has a port on subnet %1").arg(subnet));
            }
            // The gateway brings every subnet of the external network, an interface its own.
            const bool gateway = owner == kRouterGateway;
            routerSubnets += env.state.select(subnets, [&](const QJsonObject& s) {
                return gateway ? s.value(u"network_id") == port.value(u"network_id")
                               : subnetsOfPort(port).contains(s.value(u"id").toString());
            });
        }
    }
    for (const QJsonObject& mine : routerSubnets) {
        for (const QJsonObject& s : added) {
            const auto mineCidr = IpNetwork::parse(mine.value(u"cidr").toString());
            const auto newCidr = IpNetwork::parse(s.value(u"cidr").toString());
            if (mineCidr && newCidr && mineCidr->overlaps(*newCidr))
                return badRouter(QStringLiteral("Cidr %1 of subnet %2 overlaps with cidr %3 of subnet %4")
                                     .arg(s.value(u"cidr").toString(), s.value(u"id").toString(),
                                          mine.value(u"cidr").toString(), mine.value(u"id").toString()));
        }
    }
    return std::nullopt;
}

// l3_db._check_router_interface_not_in_use: a floating IP reaching a port of the subnet through
// the router keeps the interface.
std::optional<DemoReply> checkNoFloatingIps(DemoEnv& env, const QString& region, const QString& routerId,
                                            const QJsonObject& subnet)
{
    const auto cidr = IpNetwork::parse(subnet.value(u"cidr").toString());
    for (const QJsonObject& fip : floatingIpsOfRouter(env, region, routerId)) {
        const QJsonObject* port =
            env.state.find(key(region, QStringLiteral("ports")), fip.value(u"port_id").toString());
        if (port && subnetsOfPort(*port).contains(subnet.value(u"id").toString()) &&
            cidr->contains(IpAddress::parse(fip.value(u"fixed_ip_address").toString())))
            return error(409, QStringLiteral("RouterInterfaceInUseByFloatingIP"),
                         QStringLiteral("Router interface for subnet %1 on router %2 cannot be deleted, as it is "
                                        "required by one or more floating IPs.")
                             .arg(subnet.value(u"id").toString(), routerId));
    }
    return std::nullopt;
}

std::variant<QJsonObject, DemoReply> addInterfaceByPort(DemoEnv& env, const DemoRequest& request,
                                                        const QJsonObject& router, const QString& portId)
{
    const QString ports = key(request, QStringLiteral("ports"));
    const QJsonObject* found = env.state.find(ports, portId);
    if (!found || !portVisible(env, request, *found))
        return portNotFound(portId);
    QJsonObject port = *found;
    if (!port.value(u"device_id").toString().isEmpty())
        return error(409, QStringLiteral("PortInUse"),
                     QStringLiteral("Unable to complete operation on port %1 for network %2. Port already has an "
                                    "attached device %3.")
                         .arg(portId, port.value(u"network_id").toString(), port.value(u"device_id").toString()));
    if (port.value(u"fixed_ips").toArray().isEmpty())
        return badRouter(QStringLiteral("Router port must have at least one fixed IP"));
    QList<QJsonObject> subnets;
    for (const QString& id : subnetsOfPort(port)) {
        if (const QJsonObject* s = env.state.find(key(request, QStringLiteral("subnets")), id))
            subnets.append(*s);
    }
    if (auto refused = checkDuplicateSubnets(env, request.region, router.value(u"id").toString(), subnets))
        return *refused;
    if (std::count_if(subnets.begin(), subnets.end(),
                      [](const QJsonObject& s) { return s.value(u"ip_version") == 4; }) > 1)
        return badRouter(QStringLiteral("Cannot have multiple IPv4 subnets on router port"));
    port.insert(QStringLiteral("device_id"), router.value(u"id"));
    port.insert(QStringLiteral("device_owner"), kRouterInterface);
    touch(port);
    env.state.put(ports, port);
    return interfaceInfo(router, port, subnetsOfPort(port));
}

std::variant<QJsonObject, DemoReply> removeByPort(DemoEnv& env, const DemoRequest& request, const QJsonObject& router,
                                                  const QString& portId, const QString& subnetId)
{
    const QString routerId = router.value(u"id").toString();
    const QJsonObject* found = env.state.find(key(request, QStringLiteral("ports")), portId);
    if (!found || found->value(u"device_id").toString() != routerId ||
        found->value(u"device_owner").toString() != kRouterInterface)
        return error(404, QStringLiteral("RouterInterfaceNotFound"),
                     QStringLiteral("Router %1 does not have an interface with id %2").arg(routerId, portId));
    const QJsonObject port = *found;
    const QStringList subnets = subnetsOfPort(port);
    if (!subnetId.isEmpty() && !subnets.contains(subnetId))
        return error(400, QStringLiteral("SubnetMismatchForPort"),
                     QStringLiteral("Subnet on port %1 does not match the requested subnet %2.").arg(portId, subnetId));
    for (const QString& id : subnets) {
        if (const QJsonObject* subnet = env.state.find(key(request, QStringLiteral("subnets")), id)) {
            if (auto refused = checkNoFloatingIps(env, request.region, routerId, *subnet))
                return *refused;
        }
    }
    env.state.remove(key(request, QStringLiteral("ports")), portId);
    return interfaceInfo(router, port, subnets);
}

std::variant<QJsonObject, DemoReply> removeBySubnet(DemoEnv& env, const DemoRequest& request, const QJsonObject& router,
                                                    const QString& subnetId)
{
    const QString routerId = router.value(u"id").toString();
    const QJsonObject* subnet = env.state.find(key(request, QStringLiteral("subnets")), subnetId);
    if (!subnet || !subnetVisible(env, request, *subnet))
        return subnetNotFound(subnetId);
    QList<QJsonObject> onNetwork;
    for (const QJsonObject& port : routerPorts(env, request.region, routerId, kRouterInterface)) {
        if (port.value(u"network_id") == subnet->value(u"network_id"))
            onNetwork.append(port);
    }
    if (!onNetwork.isEmpty()) {
        if (auto refused = checkNoFloatingIps(env, request.region, routerId, *subnet))
            return *refused;
    }
    for (const QJsonObject& port : onNetwork) {
        const QStringList subnets = subnetsOfPort(port);
        if (!subnets.contains(subnetId))
            continue;
        if (subnets.size() > 1) { // the port stays, without its address on this subnet
            QList<QPair<QString, QString>> rest;
            for (const QJsonValue& ip : port.value(u"fixed_ips").toArray()) {
                if (ip.toObject().value(u"subnet_id").toString() != subnetId)
                    rest.append(
                        {ip.toObject().value(u"subnet_id").toString(), ip.toObject().value(u"ip_address").toString()});
            }
            ports::setFixedIps(env, request.region, port.value(u"id").toString(), rest);
        } else {
            env.state.remove(key(request, QStringLiteral("ports")), port.value(u"id").toString());
        }
        return interfaceInfo(router, port, {subnetId});
    }
    return error(404, QStringLiteral("RouterInterfaceNotFoundForSubnet"),
                 QStringLiteral("Router %1 has no interface on subnet %2").arg(routerId, subnetId));
}

// l3_db._validate_interface_info: subnet_id or port_id (both only when removing), as UUIDs.
std::optional<DemoReply> checkInterfaceInfo(const DemoRequest& request, bool removal)
{
    if (!request.rawBody.trimmed().isEmpty() && !request.bodyIsJsonObject)
        return badRequest(QStringLiteral("Body contains invalid data"));
    const bool byPort = request.body.contains(u"port_id");
    const bool bySubnet = request.body.contains(u"subnet_id");
    if (!byPort && !bySubnet)
        return badRouter(QStringLiteral("Either subnet_id or port_id must be specified"));
    for (const QString& k : {QStringLiteral("port_id"), QStringLiteral("subnet_id")}) {
        const QJsonValue v = request.body.value(k);
        if (request.body.contains(k) && (!v.isString() || QUuid::fromString(v.toString()).isNull()))
            return badRouter(QStringLiteral("'%1' is not a valid UUID").arg(pythonText(v)));
    }
    if (!removal && byPort && bySubnet)
        return badRouter(QStringLiteral("Cannot specify both subnet-id and port-id"));
    return std::nullopt;
}

DemoReply changeInterface(DemoEnv& env, DemoRequest& request, bool removal)
{
    const QString id = request.param(QStringLiteral("router_id"));
    const QString routers = key(request, QStringLiteral("routers"));
    const QJsonObject* found = env.state.find(routers, id);
    if (!found || !owns(request, *found))
        return routerNotFound(id);
    if (auto refused = checkInterfaceInfo(request, removal))
        return *refused;
    const QJsonObject router = *found;
    const QString portId = request.body.value(u"port_id").toString();
    const QString subnetId = request.body.value(u"subnet_id").toString();
    std::variant<QJsonObject, DemoReply> done =
        removal ? (!portId.isEmpty() ? removeByPort(env, request, router, portId, subnetId)
                                     : removeBySubnet(env, request, router, subnetId))
                : (!portId.isEmpty() ? addInterfaceByPort(env, request, router, portId)
                                     : addInterfaceBySubnet(env, request, router, subnetId));
    if (const auto* refused = std::get_if<DemoReply>(&done))
        return *refused;
    touch(*env.state.find(routers, id));
    return DemoReply::json(200, std::get<QJsonObject>(done));
}

} // namespace

std::variant<QJsonObject, DemoReply> addInterfaceBySubnet(DemoEnv& env, const DemoRequest& request,
                                                          const QJsonObject& router, const QString& subnetId)
{
    const QJsonObject* found = env.state.find(key(request, QStringLiteral("subnets")), subnetId);
    if (!found || !subnetVisible(env, request, *found))
        return subnetNotFound(subnetId);
    const QJsonObject subnet = *found;
    if (!subnet.value(u"gateway_ip").isString())
        return badRouter(QStringLiteral("Subnet for router interface must have a gateway IP"));
    if (subnet.value(u"project_id").toString() != request.caller.projectId && !request.caller.admin)
        return badRouter(QStringLiteral("Cannot add interface to router because subnet %1 is not owned by project "
                                        "making the request")
                             .arg(subnetId));
    if (auto refused = checkDuplicateSubnets(env, request.region, router.value(u"id").toString(), {subnet}))
        return *refused;
    ports::PortSpec spec;
    spec.region = request.region;
    spec.projectId = router.value(u"project_id").toString();
    spec.networkId = subnet.value(u"network_id").toString();
    spec.fixedIps = {{subnetId, subnet.value(u"gateway_ip").toString()}};
    spec.deviceId = router.value(u"id").toString();
    spec.deviceOwner = kRouterInterface;
    spec.securityGroups = QStringList();
    const auto created = ports::create(env, spec);
    if (const auto* refused = std::get_if<ports::PortError>(&created))
        return portError(*refused);
    return interfaceInfo(router, std::get<QJsonObject>(created), {subnetId});
}

void addRouterInterfaceRoutes(DemoEnv& env, DemoRouter& router)
{
    const QString s = QStringLiteral("network");
    router.add(s, "PUT", QStringLiteral("v2.0/routers/{router_id}/add_router_interface"),
               [&env](DemoRequest& r) { return changeInterface(env, r, false); });
    router.add(s, "PUT", QStringLiteral("v2.0/routers/{router_id}/remove_router_interface"),
               [&env](DemoRequest& r) { return changeInterface(env, r, true); });
}

} // namespace zenith::demo::neutron
