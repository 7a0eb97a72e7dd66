#include "demoneutronnetworks.h"

#include "demoneutronjson.h"
#include "demoneutronlist.h"
#include "demoneutronquotas.h"
#include "demoneutronsecgroups.h"
#include "demoneutronsubnets.h"

namespace zenith::demo::neutron {

namespace {

const Attributes kAttributes{
    {QStringLiteral("name"), QStringLiteral("admin_state_up"), QStringLiteral("shared"), QStringLiteral("description"),
     QStringLiteral("port_security_enabled"), QStringLiteral("mtu"), QStringLiteral("router:external"),
     QStringLiteral("availability_zone_hints"), QStringLiteral("provider:network_type"),
     QStringLiteral("provider:physical_network"), QStringLiteral("provider:segmentation_id"),
     QStringLiteral("is_default"), QStringLiteral("dns_domain"), QStringLiteral("qos_policy_id")},
    {QStringLiteral("name"), QStringLiteral("admin_state_up"), QStringLiteral("shared"), QStringLiteral("description"),
     QStringLiteral("port_security_enabled"), QStringLiteral("mtu"), QStringLiteral("router:external"),
     QStringLiteral("is_default"), QStringLiteral("dns_domain"), QStringLiteral("qos_policy_id")}};

// Attributes only an admin may set (policy "<action>:<attribute>": rule:admin_only), in the order
// Neutron's attribute map lists them.
const QStringList kAdminOnly{QStringLiteral("shared"),
                             QStringLiteral("provider:network_type"),
                             QStringLiteral("provider:physical_network"),
                             QStringLiteral("provider:segmentation_id"),
                             QStringLiteral("router:external"),
                             QStringLiteral("is_default")};

QString networksOf(const QString& region)
{
    return key(region, QStringLiteral("networks"));
}

int largestMtu(const QJsonObject& network)
{
    return network.value(u"provider:network_type").toString() == u"vxlan" ? 1450 : 1500;
}

QJsonObject draftNetwork(const DemoEnv& env, const QString& region, const NetworkSpec& spec)
{
    QJsonObject network = newResource(spec.projectId);
    network.insert(QStringLiteral("name"), spec.name);
    network.insert(QStringLiteral("description"), spec.description);
    network.insert(QStringLiteral("admin_state_up"), spec.adminStateUp);
    network.insert(QStringLiteral("status"), QStringLiteral("ACTIVE"));
    network.insert(QStringLiteral("subnets"), QJsonArray());
    network.insert(QStringLiteral("shared"), spec.shared);
    network.insert(QStringLiteral("router:external"), spec.external);
    network.insert(QStringLiteral("port_security_enabled"), spec.portSecurityEnabled);
    network.insert(QStringLiteral("availability_zone_hints"), QJsonArray());
    network.insert(QStringLiteral("availability_zones"), QJsonArray());
    network.insert(QStringLiteral("ipv4_address_scope"), QJsonValue::Null);
    network.insert(QStringLiteral("ipv6_address_scope"), QJsonValue::Null);
    network.insert(QStringLiteral("provider:network_type"), spec.networkType);
    network.insert(QStringLiteral("provider:physical_network"),
                   spec.physicalNetwork.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(spec.physicalNetwork));
    // A vxlan network gets a VNI of its own; a flat one has none.
    network.insert(QStringLiteral("provider:segmentation_id"),
                   spec.networkType == u"vxlan" ? QJsonValue(int(env.state.count(networksOf(region))) + 1)
                                                : QJsonValue(QJsonValue::Null));
    network.insert(QStringLiteral("mtu"), spec.mtu.value_or(largestMtu(network)));
    if (spec.external)
        network.insert(QStringLiteral("is_default"), false);
    network.insert(QStringLiteral("revision_number"), 1);
    return network;
}

// policy.py: the action's rule and one per admin-only attribute explicitly set (a value equal
// to the attribute's default does not count at creation).
std::optional<DemoReply> networkPolicy(const DemoRequest& request, const QString& action, const QJsonObject& fields,
                                       bool owner)
{
    if (request.caller.admin)
        return std::nullopt;
    QStringList rules;
    for (const QString& attribute : kAdminOnly) {
        const bool isDefault = (attribute == u"shared" || attribute == u"is_default") &&
                               fields.value(attribute) == QJsonValue(false) && action.startsWith(u"create");
        if (fields.contains(attribute) && !isDefault)
            rules.append(attributeRule(action, attribute));
    }
    if (owner && rules.isEmpty())
        return std::nullopt;
    return policyRefused(action, rules);
}

// Converts and checks the fields a create or an update may carry, into `network`.
std::optional<DemoReply> applyFields(QJsonObject& network, const QJsonObject& fields)
{
    for (const QString& text : {QStringLiteral("name"), QStringLiteral("description")}) {
        if (fields.contains(text)) {
            if (auto refused = checkString(text, fields.value(text)))
                return refused;
            network.insert(text, fields.value(text));
        }
    }
    for (const QString& flag :
         {QStringLiteral("admin_state_up"), QStringLiteral("shared"), QStringLiteral("port_security_enabled"),
          QStringLiteral("router:external"), QStringLiteral("is_default")}) {
        if (!fields.contains(flag))
            continue;
        const auto value = toBoolean(fields.value(flag));
        if (const auto* refused = std::get_if<DemoReply>(&value))
            return *refused;
        network.insert(flag, std::get<bool>(value));
    }
    if (fields.contains(u"mtu")) {
        const auto mtu = toInteger(fields.value(u"mtu"));
        if (const auto* refused = std::get_if<DemoReply>(&mtu))
            return *refused;
        if (std::get<int>(mtu) < 0)
            return invalidAttribute(QStringLiteral("mtu"),
                                    QStringLiteral("'%1' should be non-negative").arg(std::get<int>(mtu)));
        if (std::get<int>(mtu) > largestMtu(network))
            return invalidInput(QStringLiteral("Requested MTU is too big, maximum is %1").arg(largestMtu(network)));
        network.insert(QStringLiteral("mtu"), std::get<int>(mtu) ? std::get<int>(mtu) : largestMtu(network));
    }
    if (network.value(u"router:external").toBool() && !network.contains(u"is_default"))
        network.insert(QStringLiteral("is_default"), false);
    return std::nullopt;
}

DemoReply createNetwork(DemoEnv& env, DemoRequest& request)
{
    const auto input = createInput(request, QStringLiteral("network"), kAttributes);
    if (const auto* refused = std::get_if<DemoReply>(&input))
        return *refused;
    const QJsonObject fields = std::get<CreateInput>(input).fields;
    const QString owner = std::get<CreateInput>(input).projectId;
    if (auto refused = networkPolicy(request, QStringLiteral("create_network"), fields, true))
        return *refused;
    NetworkSpec spec;
    spec.projectId = owner;
    if (fields.contains(u"provider:network_type"))
        spec.networkType = fields.value(u"provider:network_type").toString();
    spec.physicalNetwork = fields.value(u"provider:physical_network").toString();
    QJsonObject network = draftNetwork(env, request.region, spec);
    if (auto refused = applyFields(network, fields))
        return *refused;
    if (auto refused = overQuota(env, request.region, spec.projectId, QStringLiteral("network")))
        return *refused;
    ensureDefaultSecurityGroup(env, request.region, spec.projectId);
    env.state.put(networksOf(request.region), network);
    // Neutron's create reply has is_default even on an internal network; GET has it on external ones only.
    QJsonObject shown = networkView(request, network);
    if (!shown.contains(u"is_default"))
        shown.insert(QStringLiteral("is_default"), false);
    return one(201, QStringLiteral("network"), shown);
}

DemoReply updateNetwork(DemoEnv& env, DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("network_id"));
    const auto body = resourceBody(request, QStringLiteral("network"));
    if (const auto* refused = std::get_if<DemoReply>(&body))
        return *refused;
    const QJsonObject fields = std::get<QJsonObject>(body);
    if (auto refused = checkAttributes(fields, kAttributes, false))
        return *refused;
    QJsonObject* stored = env.state.find(networksOf(request.region), id);
    if (!stored || !networkVisible(request, *stored))
        return networkNotFound(id);
    if (auto refused = networkPolicy(request, QStringLiteral("update_network"), fields, owns(request, *stored)))
        return *refused;
    QJsonObject network = *stored;
    if (auto refused = applyFields(network, fields))
        return *refused;
    touch(network);
    env.state.put(networksOf(request.region), network);
    return one(200, QStringLiteral("network"), networkView(request, network));
}

DemoReply deleteNetwork(DemoEnv& env, DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("network_id"));
    const QJsonObject* network = env.state.find(networksOf(request.region), id);
    if (!network || !networkVisible(request, *network))
        return networkNotFound(id);
    if (!owns(request, *network))
        return policyRefused(QStringLiteral("delete_network"));
    const QStringList inUse = portsInUse(env, request.region, id);
    if (!inUse.isEmpty())
        return error(409, QStringLiteral("NetworkInUse"),
                     QStringLiteral("Unable to complete operation on network %1. There are one or more ports still "
                                    "in use on the network, id for these ports is: %2.")
                         .arg(id, inUse.join(u',')));
    // Ports of the AUTO_DELETE_PORT_OWNERS (DHCP...) go with the network, then its subnets.
    const QJsonArray subnets = network->value(u"subnets").toArray();
    const QString ports = key(request, QStringLiteral("ports"));
    for (const QJsonObject& port : env.state.items(ports)) {
        if (port.value(u"network_id").toString() == id)
            env.state.remove(ports, port.value(u"id").toString());
    }
    for (const QJsonValue& subnet : subnets)
        removeSubnet(env, request.region, subnet.toString());
    env.state.remove(networksOf(request.region), id);
    return DemoReply::empty(204);
}

} // namespace

QJsonObject makeNetwork(DemoEnv& env, const QString& region, const NetworkSpec& spec)
{
    return env.state.put(networksOf(region), draftNetwork(env, region, spec));
}

bool networkVisible(const DemoRequest& request, const QJsonObject& network)
{
    return owns(request, network) || network.value(u"shared").toBool() || network.value(u"router:external").toBool();
}

QJsonObject networkView(const DemoRequest& request, const QJsonObject& network)
{
    if (request.caller.admin)
        return network;
    QJsonObject shown = network;
    for (const QString& attribute :
         {QStringLiteral("provider:network_type"), QStringLiteral("provider:physical_network"),
          QStringLiteral("provider:segmentation_id")})
        shown.remove(attribute);
    return shown;
}

std::optional<DemoReply> checkNetworkOwnership(const DemoRequest& request, const QJsonObject& network,
                                               const QString& projectId, const QString& resource)
{
    if (request.caller.admin || network.value(u"shared").toBool() ||
        network.value(u"project_id").toString() == projectId)
        return std::nullopt;
    return error(403, QStringLiteral("HTTPForbidden"),
                 QStringLiteral("Tenant %1 not allowed to create %2 on this network").arg(projectId, resource));
}

DemoReply networkNotFound(const QString& id)
{
    return error(404, QStringLiteral("NetworkNotFound"), QStringLiteral("Network %1 could not be found.").arg(id));
}

QStringList portsInUse(const DemoEnv& env, const QString& region, const QString& networkId)
{
    // neutron/common/_constants.py AUTO_DELETE_PORT_OWNERS go with the network.
    const QStringList autoDeleted{QStringLiteral("network:dhcp"), QStringLiteral("network:distributed"),
                                  QStringLiteral("network:floatingip_agent_gateway")};
    QStringList ids;
    for (const QJsonObject& port : env.state.items(key(region, QStringLiteral("ports")))) {
        if (port.value(u"network_id").toString() == networkId &&
            !autoDeleted.contains(port.value(u"device_owner").toString()))
            ids.append(port.value(u"id").toString());
    }
    ids.sort(); // the order of the ports table's index
    return ids;
}

void addNetworkRoutes(DemoEnv& env, DemoRouter& router)
{
    const QString s = QStringLiteral("network");
    router.add(s, "POST", QStringLiteral("v2.0/networks"), [&env](DemoRequest& r) { return createNetwork(env, r); });
    router.add(s, "GET", QStringLiteral("v2.0/networks"), [&env](DemoRequest& r) {
        QList<QJsonObject> visible;
        for (const QJsonObject& n : env.state.items(networksOf(r.region))) {
            if (networkVisible(r, n))
                visible.append(networkView(r, n));
        }
        return listReply(r, visible, ListSpec{QStringLiteral("networks"), {}, networkNotFound, {}});
    });
    router.add(s, "GET", QStringLiteral("v2.0/networks/{network_id}"), [&env](DemoRequest& r) {
        const QString id = r.param(QStringLiteral("network_id"));
        const QJsonObject* network = env.state.find(networksOf(r.region), id);
        if (!network || !networkVisible(r, *network))
            return networkNotFound(id);
        return one(200, QStringLiteral("network"), withFields(r, networkView(r, *network)));
    });
    router.add(s, "PUT", QStringLiteral("v2.0/networks/{network_id}"),
               [&env](DemoRequest& r) { return updateNetwork(env, r); });
    router.add(s, "DELETE", QStringLiteral("v2.0/networks/{network_id}"),
               [&env](DemoRequest& r) { return deleteNetwork(env, r); });
}

} // namespace zenith::demo::neutron
