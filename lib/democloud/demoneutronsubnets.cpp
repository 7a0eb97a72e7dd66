#include "demoneutronsubnets.h"

#include "demoneutronjson.h"
#include "demoneutronlist.h"
#include "demoneutronnetworks.h"
#include "demoneutronquotas.h"
#include "demoneutronsubnetrules.h"

namespace zenith::demo::neutron {

namespace {

const Attributes kAttributes{
    {QStringLiteral("name"), QStringLiteral("ip_version"), QStringLiteral("network_id"),
     QStringLiteral("subnetpool_id"), QStringLiteral("prefixlen"), QStringLiteral("cidr"), QStringLiteral("gateway_ip"),
     QStringLiteral("allocation_pools"), QStringLiteral("dns_nameservers"), QStringLiteral("host_routes"),
     QStringLiteral("enable_dhcp"), QStringLiteral("ipv6_ra_mode"), QStringLiteral("ipv6_address_mode"),
     QStringLiteral("description"), QStringLiteral("service_types"), QStringLiteral("segment_id"),
     QStringLiteral("use_default_subnetpool"), QStringLiteral("dns_publish_fixed_ip")},
    {QStringLiteral("name"), QStringLiteral("gateway_ip"), QStringLiteral("allocation_pools"),
     QStringLiteral("dns_nameservers"), QStringLiteral("host_routes"), QStringLiteral("enable_dhcp"),
     QStringLiteral("description"), QStringLiteral("service_types"), QStringLiteral("segment_id"),
     QStringLiteral("dns_publish_fixed_ip")}};

QString subnetsOf(const QString& region)
{
    return key(region, QStringLiteral("subnets"));
}

DemoReply createSubnet(DemoEnv& env, DemoRequest& request)
{
    const auto input = createInput(request, QStringLiteral("subnet"), kAttributes);
    if (const auto* refused = std::get_if<DemoReply>(&input))
        return *refused;
    const QJsonObject fields = std::get<CreateInput>(input).fields;
    const QString owner = std::get<CreateInput>(input).projectId;
    auto converted = convertSubnetBody(fields);
    if (const auto* refused = std::get_if<DemoReply>(&converted))
        return *refused;
    SubnetRequest& subnet = std::get<SubnetRequest>(converted);
    subnet.spec.projectId = owner;
    const QJsonObject* network = env.state.find(key(request, QStringLiteral("networks")), subnet.spec.networkId);
    if (!network || !networkVisible(request, *network))
        return networkNotFound(subnet.spec.networkId);
    if (auto refused = checkNetworkOwnership(request, *network, subnet.spec.projectId, QStringLiteral("subnet")))
        return *refused;
    // create_subnet: an admin, or a member of the network's project (a shared network's too).
    if (!request.caller.admin && network->value(u"project_id").toString() != request.caller.projectId)
        return policyRefused(QStringLiteral("create_subnet"));
    if (auto refused = overQuota(env, request.region, subnet.spec.projectId, QStringLiteral("subnet")))
        return *refused;
    if (auto refused = checkNewSubnet(env, request.region, subnet))
        return *refused;
    return one(201, QStringLiteral("subnet"), makeSubnet(env, request.region, subnet.spec));
}

// The subnet's id, or the reply when the caller may not see it (404) or change it (403).
std::variant<QJsonObject, DemoReply> ownedSubnet(const DemoEnv& env, const DemoRequest& request, const QString& action)
{
    const QString id = request.param(QStringLiteral("subnet_id"));
    const QJsonObject* subnet = env.state.find(subnetsOf(request.region), id);
    if (!subnet || !subnetVisible(env, request, *subnet))
        return subnetNotFound(id);
    if (!owns(request, *subnet))
        return policyRefused(action);
    return *subnet;
}

DemoReply updateSubnet(DemoEnv& env, DemoRequest& request)
{
    const auto body = resourceBody(request, QStringLiteral("subnet"));
    if (const auto* refused = std::get_if<DemoReply>(&body))
        return *refused;
    const QJsonObject fields = std::get<QJsonObject>(body);
    if (auto refused = checkAttributes(fields, kAttributes, false))
        return *refused;
    auto found = ownedSubnet(env, request, QStringLiteral("update_subnet"));
    if (const auto* refused = std::get_if<DemoReply>(&found))
        return *refused;
    QJsonObject subnet = std::get<QJsonObject>(found);
    if (auto refused = applySubnetUpdate(env, request.region, subnet, fields))
        return *refused;
    touch(subnet);
    env.state.put(subnetsOf(request.region), subnet);
    return one(200, QStringLiteral("subnet"), subnet);
}

DemoReply deleteSubnet(DemoEnv& env, DemoRequest& request)
{
    auto found = ownedSubnet(env, request, QStringLiteral("delete_subnet"));
    if (const auto* refused = std::get_if<DemoReply>(&found))
        return *refused;
    const QString id = std::get<QJsonObject>(found).value(u"id").toString();
    const QStringList autoDeleted{QStringLiteral("network:dhcp"), QStringLiteral("network:distributed")};
    for (const QJsonObject& port : env.state.items(key(request, QStringLiteral("ports")))) {
        if (autoDeleted.contains(port.value(u"device_owner").toString()))
            continue;
        for (const QJsonValue& ip : port.value(u"fixed_ips").toArray()) {
            if (ip.toObject().value(u"subnet_id").toString() == id)
                return error(409, QStringLiteral("SubnetInUse"),
                             QStringLiteral("Unable to complete operation on subnet %1: One or more ports have an IP "
                                            "allocation from this subnet.")
                                 .arg(id));
        }
    }
    removeSubnet(env, request.region, id);
    return DemoReply::empty(204);
}

} // namespace

QJsonArray poolsJson(const QList<IpRange>& pools)
{
    QJsonArray out;
    for (const IpRange& pool : pools)
        out.append(QJsonObject{{QStringLiteral("start"), pool.first.toString()},
                               {QStringLiteral("end"), pool.last.toString()}});
    return out;
}

QJsonObject makeSubnet(DemoEnv& env, const QString& region, const SubnetSpec& spec)
{
    QJsonObject subnet = newResource(spec.projectId);
    subnet.insert(QStringLiteral("name"), spec.name);
    subnet.insert(QStringLiteral("description"), spec.description);
    subnet.insert(QStringLiteral("network_id"), spec.networkId);
    subnet.insert(QStringLiteral("ip_version"), spec.cidr.address.version);
    subnet.insert(QStringLiteral("subnetpool_id"), QJsonValue::Null);
    subnet.insert(QStringLiteral("enable_dhcp"), spec.enableDhcp);
    subnet.insert(QStringLiteral("ipv6_ra_mode"), spec.ipv6RaMode);
    subnet.insert(QStringLiteral("ipv6_address_mode"), spec.ipv6AddressMode);
    subnet.insert(QStringLiteral("gateway_ip"),
                  spec.gatewayIp ? QJsonValue(spec.gatewayIp->toString()) : QJsonValue(QJsonValue::Null));
    subnet.insert(QStringLiteral("cidr"), spec.cidr.cidr());
    subnet.insert(QStringLiteral("allocation_pools"),
                  poolsJson(spec.pools.isEmpty() ? generatePools(spec.cidr, spec.gatewayIp) : spec.pools));
    subnet.insert(QStringLiteral("host_routes"), spec.hostRoutes);
    subnet.insert(QStringLiteral("dns_nameservers"), QJsonArray::fromStringList(spec.dnsNameservers));
    subnet.insert(QStringLiteral("service_types"), QJsonArray());
    env.state.put(subnetsOf(region), subnet);
    if (QJsonObject* network = env.state.find(key(region, QStringLiteral("networks")), spec.networkId)) {
        QJsonArray subnets = network->value(u"subnets").toArray();
        subnets.append(subnet.value(u"id"));
        network->insert(QStringLiteral("subnets"), subnets);
        touch(*network);
    }
    return subnet;
}

void removeSubnet(DemoEnv& env, const QString& region, const QString& subnetId)
{
    const QJsonObject* subnet = env.state.find(subnetsOf(region), subnetId);
    if (!subnet)
        return;
    if (QJsonObject* network =
            env.state.find(key(region, QStringLiteral("networks")), subnet->value(u"network_id").toString())) {
        QJsonArray subnets = network->value(u"subnets").toArray();
        for (qsizetype i = subnets.size() - 1; i >= 0; --i) {
            if (subnets[i].toString() == subnetId)
                subnets.removeAt(i);
        }
        network->insert(QStringLiteral("subnets"), subnets);
        touch(*network);
    }
    env.state.remove(subnetsOf(region), subnetId);
}

bool subnetVisible(const DemoEnv& env, const DemoRequest& request, const QJsonObject& subnet)
{
    if (owns(request, subnet))
        return true;
    const QJsonObject* network =
        env.state.find(key(request, QStringLiteral("networks")), subnet.value(u"network_id").toString());
    return network && network->value(u"shared").toBool();
}

DemoReply subnetNotFound(const QString& id)
{
    return error(404, QStringLiteral("SubnetNotFound"), QStringLiteral("Subnet %1 could not be found.").arg(id));
}

void addSubnetRoutes(DemoEnv& env, DemoRouter& router)
{
    const QString s = QStringLiteral("network");
    router.add(s, "POST", QStringLiteral("v2.0/subnets"), [&env](DemoRequest& r) { return createSubnet(env, r); });
    router.add(s, "GET", QStringLiteral("v2.0/subnets"), [&env](DemoRequest& r) {
        const auto visible = env.state.select(subnetsOf(r.region),
                                              [&](const QJsonObject& subnet) { return subnetVisible(env, r, subnet); });
        return listReply(r, visible, ListSpec{QStringLiteral("subnets"), {}, subnetNotFound, {}});
    });
    router.add(s, "GET", QStringLiteral("v2.0/subnets/{subnet_id}"), [&env](DemoRequest& r) {
        const QString id = r.param(QStringLiteral("subnet_id"));
        const QJsonObject* subnet = env.state.find(subnetsOf(r.region), id);
        if (!subnet || !subnetVisible(env, r, *subnet))
            return subnetNotFound(id);
        return one(200, QStringLiteral("subnet"), withFields(r, *subnet));
    });
    router.add(s, "PUT", QStringLiteral("v2.0/subnets/{subnet_id}"),
               [&env](DemoRequest& r) { return updateSubnet(env, r); });
    router.add(s, "DELETE", QStringLiteral("v2.0/subnets/{subnet_id}"),
               [&env](DemoRequest& r) { return deleteSubnet(env, r); });
}

} // namespace zenith::demo::neutron
