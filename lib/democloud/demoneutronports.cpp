#include "demoneutronports.h"

#include "demoneutronfloatingips.h"
#include "demoneutronjson.h"
#include "demoneutronlist.h"
#include "demoneutronnetworks.h"
#include "demoneutronportrules.h"
#include "demoneutronquotas.h"
#include "demoneutronsecgroups.h"

namespace zenith::demo::neutron {

namespace {

const QStringList kBindingAttributes{QStringLiteral("binding:host_id"), QStringLiteral("binding:profile"),
                                     QStringLiteral("binding:vif_type"), QStringLiteral("binding:vif_details")};

QString portsOf(const QString& region)
{
    return key(region, QStringLiteral("ports"));
}

DemoReply createPort(DemoEnv& env, DemoRequest& request)
{
    const auto body = resourceBody(request, QStringLiteral("port"));
    if (const auto* refused = std::get_if<DemoReply>(&body))
        return *refused;
    const QJsonObject fields = std::get<QJsonObject>(body);
    if (auto refused = checkAttributes(fields, Attributes{portPostAttributes(), portPutAttributes()}, true))
        return *refused;
    const auto owner = ownerOf(request, fields);
    if (const auto* refused = std::get_if<DemoReply>(&owner))
        return *refused;
    if (!fields.contains(u"network_id"))
        return badRequest(QStringLiteral("Failed to parse request. Required attribute 'network_id' not specified"));
    ports::PortSpec spec;
    spec.region = request.region;
    spec.projectId = std::get<QString>(owner);
    spec.networkId = fields.value(u"network_id").toString();
    if (auto refused = portSpecFromFields(fields, spec))
        return *refused;
    const auto tags = convertTags(fields.value(u"tags").isUndefined() ? QJsonArray() : fields.value(u"tags"));
    if (const auto* refused = std::get_if<DemoReply>(&tags))
        return *refused;
    const QJsonObject* network = env.state.find(key(request, QStringLiteral("networks")), spec.networkId);
    if (!network || !networkVisible(request, *network))
        return networkNotFound(spec.networkId);
    if (auto refused = checkNetworkOwnership(request, *network, spec.projectId, QStringLiteral("port")))
        return *refused;
    if (auto refused = portPolicy(request, QStringLiteral("create_port"), fields, *network))
        return *refused;
    if (auto refused = overQuota(env, request.region, spec.projectId, QStringLiteral("port")))
        return *refused;
    ensureDefaultSecurityGroup(env, request.region, spec.projectId);
    if (spec.securityGroups) {
        if (auto refused = checkSecurityGroups(env, request, *spec.securityGroups))
            return *refused;
    } else if (spec.deviceOwner.startsWith(u"network:")) {
        spec.securityGroups = QStringList(); // Neutron applies no group to its own ports
    }
    const auto created = ports::create(env, spec);
    if (const auto* refused = std::get_if<ports::PortError>(&created))
        return portError(*refused);
    QJsonObject port = std::get<QJsonObject>(created);
    port.insert(QStringLiteral("allowed_address_pairs"),
                withMac(spec.allowedAddressPairs, port.value(u"mac_address").toString()));
    port.insert(QStringLiteral("tags"), std::get<QJsonArray>(tags));
    for (const QString& binding : {QStringLiteral("binding:host_id"), QStringLiteral("binding:profile")}) {
        if (fields.contains(binding))
            port.insert(binding, fields.value(binding));
    }
    env.state.put(portsOf(request.region), port);
    return one(201, QStringLiteral("port"), portView(env, request, port));
}

// An address of the port matching every fixed_ips filter ("ip_address=...", "subnet_id=...",
// "ip_address_substr=..."): Neutron joins one IP allocation row for all of them.
bool fixedIpsMatch(const QStringList& filters, const QJsonObject& port)
{
    for (const QJsonValue& value : port.value(u"fixed_ips").toArray()) {
        const QJsonObject ip = value.toObject();
        bool all = true;
        for (const QString& filter : filters) {
            const QString field = filter.section(u'=', 0, 0);
            const QString wanted = filter.section(u'=', 1);
            if (field == u"ip_address_substr")
                all = all && ip.value(u"ip_address").toString().contains(wanted);
            else
                all = all && ip.value(field).toString() == wanted;
        }
        if (all)
            return true;
    }
    return false;
}

DemoReply listPorts(DemoEnv& env, DemoRequest& request)
{
    QList<QJsonObject> visible;
    for (const QJsonObject& port : env.state.items(portsOf(request.region))) {
        if (portVisible(env, request, port))
            visible.append(portView(env, request, port));
    }
    ListSpec spec{QStringLiteral("ports"), {}, portNotFound, {}};
    spec.filter = [](const QString& key, const QStringList& values, const QJsonObject& port) -> std::optional<bool> {
        if (key != u"fixed_ips")
            return std::nullopt;
        return fixedIpsMatch(values, port);
    };
    return listReply(request, visible, spec);
}

DemoReply deletePort(DemoEnv& env, DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("port_id"));
    const QJsonObject* port = env.state.find(portsOf(request.region), id);
    if (!port || !portVisible(env, request, *port))
        return portNotFound(id);
    // l3_db.prevent_l3_port_deletion: a router's or a floating IP's port goes with its owner only.
    const QString owner = port->value(u"device_owner").toString();
    const QString device = port->value(u"device_id").toString();
    const bool routerPort = (owner == kRouterInterface || owner == kRouterGateway) &&
                            env.state.find(key(request, QStringLiteral("routers")), device);
    const bool floatingPort =
        owner == kFloatingIpOwner && env.state.find(key(request, QStringLiteral("floatingips")), device);
    if (routerPort || floatingPort)
        return error(
            409, QStringLiteral("ServicePortInUse"),
            QStringLiteral("Port %1 cannot be deleted directly via the port API: has device owner %2.").arg(id, owner));
    disassociateFloatingIps(env, request.region, id);
    env.state.remove(portsOf(request.region), id);
    return DemoReply::empty(204);
}

} // namespace

bool portVisible(const DemoEnv& env, const DemoRequest& request, const QJsonObject& port)
{
    if (owns(request, port))
        return true;
    const QJsonObject* network =
        env.state.find(key(request, QStringLiteral("networks")), port.value(u"network_id").toString());
    return network && network->value(u"project_id").toString() == request.caller.projectId;
}

QJsonObject portView(const DemoEnv& env, const DemoRequest& request, const QJsonObject& port)
{
    QJsonObject shown = port;
    if (!request.caller.admin) {
        for (const QString& binding : kBindingAttributes)
            shown.remove(binding);
        return shown;
    }
    QString host = port.value(u"binding:host_id").toString();
    if (host.isEmpty() && port.value(u"device_owner").toString().startsWith(u"compute:")) {
        const QJsonObject* server =
            env.state.find(key(request, QStringLiteral("servers")), port.value(u"device_id").toString());
        host = server ? server->value(u"_host").toString() : QString(); // Nova keeps its host there
    }
    shown.insert(QStringLiteral("binding:host_id"), host);
    if (!shown.contains(u"binding:profile"))
        shown.insert(QStringLiteral("binding:profile"), QJsonObject());
    shown.insert(QStringLiteral("binding:vif_type"),
                 host.isEmpty() ? QStringLiteral("unbound") : QStringLiteral("ovs"));
    shown.insert(QStringLiteral("binding:vif_details"),
                 host.isEmpty() ? QJsonObject()
                                : QJsonObject{{QStringLiteral("connectivity"), QStringLiteral("l2")},
                                              {QStringLiteral("port_filter"), true},
                                              {QStringLiteral("ovs_hybrid_plug"), false},
                                              {QStringLiteral("datapath_type"), QStringLiteral("system")},
                                              {QStringLiteral("bridge_name"), QStringLiteral("br-int")}});
    return shown;
}

DemoReply portNotFound(const QString& id)
{
    return error(404, QStringLiteral("PortNotFound"), QStringLiteral("Port %1 could not be found.").arg(id));
}

void addPortRoutes(DemoEnv& env, DemoRouter& router)
{
    const QString s = QStringLiteral("network");
    const QString one_ = QStringLiteral("v2.0/ports/{port_id}");
    router.add(s, "POST", QStringLiteral("v2.0/ports"), [&env](DemoRequest& r) { return createPort(env, r); });
    router.add(s, "GET", QStringLiteral("v2.0/ports"), [&env](DemoRequest& r) { return listPorts(env, r); });
    router.add(s, "GET", one_, [&env](DemoRequest& r) {
        const QString id = r.param(QStringLiteral("port_id"));
        const QJsonObject* port = env.state.find(portsOf(r.region), id);
        if (!port || !portVisible(env, r, *port))
            return portNotFound(id);
        return one(200, QStringLiteral("port"), withFields(r, portView(env, r, *port)));
    });
    router.add(s, "PUT", one_, [&env](DemoRequest& r) { return updatePort(env, r); });
    router.add(s, "DELETE", one_, [&env](DemoRequest& r) { return deletePort(env, r); });
}

} // namespace zenith::demo::neutron
