#include "demoneutronrouters.h"

#include "demoneutronaddress.h"
#include "demoneutronjson.h"
#include "demoneutronlist.h"
#include "demoneutronnetworks.h"
#include "demoneutronportrules.h"
#include "demoneutronquotas.h"

namespace zenith::demo::neutron {

namespace {

const Attributes kAttributes{
    {QStringLiteral("name"), QStringLiteral("admin_state_up"), QStringLiteral("external_gateway_info"),
     QStringLiteral("description"), QStringLiteral("availability_zone_hints"), QStringLiteral("flavor_id"),
     QStringLiteral("distributed"), QStringLiteral("ha")},
    {QStringLiteral("name"), QStringLiteral("admin_state_up"), QStringLiteral("external_gateway_info"),
     QStringLiteral("description"), QStringLiteral("routes"), QStringLiteral("distributed"), QStringLiteral("ha")}};

QString routersOf(const QString& region)
{
    return key(region, QStringLiteral("routers"));
}

// external_gateway_info: a dict with network_id, enable_snat and external_fixed_ips; {} or null clears.
std::variant<GatewaySpec, DemoReply> parseGateway(const QJsonValue& value)
{
    GatewaySpec gateway;
    const QJsonObject info = value.toObject();
    if (value.isNull() || value.isUndefined() || (value.isObject() && info.isEmpty()))
        return gateway;
    if (!value.isObject() || !info.contains(u"network_id"))
        return invalidAttribute(QStringLiteral("external_gateway_info"),
                                QStringLiteral("Validation of dictionary's keys failed. Expected keys: {'network_id'} "
                                               "Provided keys: {'%1'}")
                                    .arg(info.keys().join(QStringLiteral("', '"))));
    gateway.networkId = info.value(u"network_id").toString();
    if (info.contains(u"enable_snat")) {
        const auto snat = toBoolean(info.value(u"enable_snat"));
        if (const auto* refused = std::get_if<DemoReply>(&snat))
            return *refused;
        gateway.enableSnat = std::get<bool>(snat);
    }
    if (info.contains(u"external_fixed_ips")) {
        const auto ips = convertFixedIps(info.value(u"external_fixed_ips"));
        if (const auto* refused = std::get_if<DemoReply>(&ips))
            return *refused;
        gateway.fixedIps = std::get<QList<QPair<QString, QString>>>(ips);
    }
    return gateway;
}

// Policy: enable_snat and external_fixed_ips are an admin's (create_router:external_gateway_info:*).
std::optional<DemoReply> gatewayPolicy(const DemoRequest& request, const QString& action, const QJsonObject& fields)
{
    const QJsonObject info = fields.value(u"external_gateway_info").toObject();
    if (request.caller.admin || (!info.contains(u"enable_snat") && !info.contains(u"external_fixed_ips")))
        return std::nullopt;
    QStringList sub;
    for (const QString& k :
         {QStringLiteral("network_id"), QStringLiteral("enable_snat"), QStringLiteral("external_fixed_ips")}) {
        if (info.contains(k))
            sub.append(k);
    }
    return policyRefused(action, {attributeRule(action, QStringLiteral("external_gateway_info"), sub)});
}

// Common to create and update: name, description, admin_state_up.
std::optional<DemoReply> applyFields(QJsonObject& router, const QJsonObject& fields)
{
    for (const QString& text : {QStringLiteral("name"), QStringLiteral("description")}) {
        if (fields.contains(text)) {
            if (auto refused = checkString(text, fields.value(text)))
                return refused;
            router.insert(text, fields.value(text));
        }
    }
    if (fields.contains(u"admin_state_up")) {
        const auto up = toBoolean(fields.value(u"admin_state_up"));
        if (const auto* refused = std::get_if<DemoReply>(&up))
            return *refused;
        router.insert(QStringLiteral("admin_state_up"), std::get<bool>(up));
    }
    return std::nullopt;
}

DemoReply createRouter(DemoEnv& env, DemoRequest& request)
{
    const auto input = createInput(request, QStringLiteral("router"), kAttributes);
    if (const auto* refused = std::get_if<DemoReply>(&input))
        return *refused;
    const QJsonObject fields = std::get<CreateInput>(input).fields;
    const QString owner = std::get<CreateInput>(input).projectId;
    if (auto refused = gatewayPolicy(request, QStringLiteral("create_router"), fields))
        return *refused;
    const auto gateway = parseGateway(fields.value(u"external_gateway_info"));
    if (const auto* refused = std::get_if<DemoReply>(&gateway))
        return *refused;
    QJsonObject draft;
    if (auto refused = applyFields(draft, fields))
        return *refused;
    const QString project = owner;
    if (auto refused = overQuota(env, request.region, project, QStringLiteral("router")))
        return *refused;
    QJsonObject router = makeRouter(env, request.region, project, draft.value(u"name").toString(),
                                    draft.value(u"description").toString());
    router.insert(QStringLiteral("admin_state_up"), draft.value(u"admin_state_up").toBool(true));
    env.state.put(routersOf(request.region), router);
    // l3_db.create_router: a gateway that cannot be set takes the new router with it.
    if (auto refused =
            setRouterGateway(env, request.region, router.value(u"id").toString(), std::get<GatewaySpec>(gateway))) {
        env.state.remove(routersOf(request.region), router.value(u"id").toString());
        return *refused;
    }
    return one(201, QStringLiteral("router"),
               *env.state.find(routersOf(request.region), router.value(u"id").toString()));
}

// extraroute_db._validate_routes_nexthop: each nexthop on a subnet the router is attached to.
std::optional<DemoReply> checkRoutes(const DemoEnv& env, const QString& region, const QJsonObject& router,
                                     const QJsonValue& routes)
{
    QList<IpNetwork> connected;
    QStringList own;
    for (const QString& owner : {kRouterInterface, kRouterGateway}) {
        for (const QJsonObject& port : routerPorts(env, region, router.value(u"id").toString(), owner)) {
            for (const QJsonValue& ip : port.value(u"fixed_ips").toArray()) {
                own.append(ip.toObject().value(u"ip_address").toString());
                const QJsonObject* subnet = env.state.find(key(region, QStringLiteral("subnets")),
                                                           ip.toObject().value(u"subnet_id").toString());
                if (subnet)
                    connected.append(*IpNetwork::parse(subnet->value(u"cidr").toString()));
            }
        }
    }
    for (const QJsonValue& route : routes.toArray()) {
        const QString nexthop = route.toObject().value(u"nexthop").toString();
        const IpAddress hop = IpAddress::parse(nexthop);
        const bool reachable =
            std::any_of(connected.begin(), connected.end(), [&](const IpNetwork& n) { return n.contains(hop); });
        const QString reason =
            !reachable ? QStringLiteral("the nexthop is not connected with router")
                       : (own.contains(nexthop) ? QStringLiteral("the nexthop is used by router") : QString());
        if (!reason.isEmpty())
            return error(400, QStringLiteral("InvalidRoutes"),
                         QStringLiteral("Invalid format for routes: [{'destination': '%1', 'nexthop': '%2'}], %3")
                             .arg(route.toObject().value(u"destination").toString(), nexthop, reason));
    }
    return std::nullopt;
}

DemoReply updateRouter(DemoEnv& env, DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("router_id"));
    const auto body = resourceBody(request, QStringLiteral("router"));
    if (const auto* refused = std::get_if<DemoReply>(&body))
        return *refused;
    const QJsonObject fields = std::get<QJsonObject>(body);
    if (auto refused = checkAttributes(fields, kAttributes, false))
        return *refused;
    const QJsonObject* stored = env.state.find(routersOf(request.region), id);
    if (!stored || !owns(request, *stored))
        return routerNotFound(id);
    if (auto refused = gatewayPolicy(request, QStringLiteral("update_router"), fields))
        return *refused;
    QJsonObject router = *stored;
    if (auto refused = applyFields(router, fields))
        return *refused;
    if (fields.contains(u"routes")) {
        if (auto refused = checkRoutes(env, request.region, router, fields.value(u"routes")))
            return *refused;
        router.insert(QStringLiteral("routes"),
                      fields.value(u"routes").isArray() ? fields.value(u"routes") : QJsonArray());
    }
    if (fields.contains(u"external_gateway_info")) {
        const auto gateway = parseGateway(fields.value(u"external_gateway_info"));
        if (const auto* refused = std::get_if<DemoReply>(&gateway))
            return *refused;
        if (auto refused = setRouterGateway(env, request.region, id, std::get<GatewaySpec>(gateway)))
            return *refused;
        router.insert(QStringLiteral("external_gateway_info"),
                      env.state.find(routersOf(request.region), id)->value(u"external_gateway_info"));
        router.insert(QStringLiteral("revision_number"),
                      env.state.find(routersOf(request.region), id)->value(u"revision_number"));
    }
    touch(router);
    env.state.put(routersOf(request.region), router);
    return one(200, QStringLiteral("router"), router);
}

DemoReply deleteRouter(DemoEnv& env, DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("router_id"));
    const QJsonObject* router = env.state.find(routersOf(request.region), id);
    if (!router || !owns(request, *router))
        return routerNotFound(id);
    QStringList attached;
    for (const QJsonObject& port : routerPorts(env, request.region, id, kRouterInterface))
        attached.append(port.value(u"id").toString());
    if (!attached.isEmpty())
        return error(
            409, QStringLiteral("RouterInUse"),
            QStringLiteral("Router %1 has ports still attached: %2").arg(id, attached.join(QStringLiteral(", "))));
    if (auto refused = setRouterGateway(env, request.region, id, GatewaySpec{}))
        return *refused;
    env.state.remove(routersOf(request.region), id);
    return DemoReply::empty(204);
}

} // namespace

QJsonObject makeRouter(DemoEnv& env, const QString& region, const QString& projectId, const QString& name,
                       const QString& description)
{
    QJsonObject router = newResource(projectId);
    router.insert(QStringLiteral("name"), name);
    router.insert(QStringLiteral("description"), description);
    router.insert(QStringLiteral("admin_state_up"), true);
    // No L3 agent schedules it, yet Neutron says ACTIVE at once.
    router.insert(QStringLiteral("status"), QStringLiteral("ACTIVE"));
    router.insert(QStringLiteral("external_gateway_info"), QJsonValue::Null);
    router.insert(QStringLiteral("availability_zones"), QJsonArray());
    router.insert(QStringLiteral("availability_zone_hints"), QJsonArray());
    router.insert(QStringLiteral("routes"), QJsonArray());
    router.insert(QStringLiteral("flavor_id"), QJsonValue::Null);
    return env.state.put(routersOf(region), router);
}

QList<QJsonObject> routerPorts(const DemoEnv& env, const QString& region, const QString& routerId,
                               const QString& deviceOwner)
{
    return env.state.select(key(region, QStringLiteral("ports")), [&](const QJsonObject& port) {
        return port.value(u"device_id").toString() == routerId && port.value(u"device_owner").toString() == deviceOwner;
    });
}

DemoReply routerNotFound(const QString& id)
{
    return error(404, QStringLiteral("RouterNotFound"), QStringLiteral("Router %1 could not be found").arg(id));
}

void addRouterRoutes(DemoEnv& env, DemoRouter& router)
{
    const QString s = QStringLiteral("network");
    const QString one_ = QStringLiteral("v2.0/routers/{router_id}");
    router.add(s, "POST", QStringLiteral("v2.0/routers"), [&env](DemoRequest& r) { return createRouter(env, r); });
    router.add(s, "GET", QStringLiteral("v2.0/routers"), [&env](DemoRequest& r) {
        const auto visible = env.state.select(routersOf(r.region), [&](const QJsonObject& o) { return owns(r, o); });
        return listReply(r, visible, ListSpec{QStringLiteral("routers"), {}, routerNotFound, {}});
    });
    router.add(s, "GET", one_, [&env](DemoRequest& r) {
        const QString id = r.param(QStringLiteral("router_id"));
        const QJsonObject* found = env.state.find(routersOf(r.region), id);
        if (!found || !owns(r, *found))
            return routerNotFound(id);
        return one(200, QStringLiteral("router"), withFields(r, *found));
    });
    router.add(s, "PUT", one_, [&env](DemoRequest& r) { return updateRouter(env, r); });
    router.add(s, "DELETE", one_, [&env](DemoRequest& r) { return deleteRouter(env, r); });
}

} // namespace zenith::demo::neutron
