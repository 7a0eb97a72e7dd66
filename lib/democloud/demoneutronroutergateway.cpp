#include "demoneutronaddress.h"
#include "demoneutronfloatingips.h"
#include "demoneutronjson.h"
#include "demoneutronnetworks.h"
#include "demoneutronportrules.h"
#include "demoneutronrouters.h"

namespace zenith::demo::neutron {

namespace {

// l3_db._validate_gw_info: the network must be external, and no external IP asked may be a
// subnet's gateway address.
std::optional<DemoReply> checkGatewayNetwork(const DemoEnv& env, const QString& region, const GatewaySpec& gateway)
{
    const QJsonObject* network = env.state.find(key(region, QStringLiteral("networks")), gateway.networkId);
    if (!network)
        return networkNotFound(gateway.networkId);
    if (!network->value(u"router:external").toBool())
        return badResourceRequest(QStringLiteral("router"),
                                  QStringLiteral("Network %1 is not an external network").arg(gateway.networkId));
    for (const auto& [subnetId, address] : gateway.fixedIps) {
        for (const QJsonObject& subnet : env.state.items(key(region, QStringLiteral("subnets")))) {
            if (subnet.value(u"network_id").toString() == gateway.networkId && !address.isEmpty() &&
                subnet.value(u"gateway_ip").toString() == address)
                return badResourceRequest(QStringLiteral("router"),
                                          QStringLiteral("External IP %1 is the same as the gateway IP").arg(address));
        }
    }
    return std::nullopt;
}

std::optional<DemoReply> refuseWhileFloatingIps(DemoEnv& env, const QString& region, const QString& routerId,
                                                const QString& networkId)
{
    if (!floatingIpsOfRouter(env, region, routerId).isEmpty())
        return error(409, QStringLiteral("RouterExternalGatewayInUseByFloatingIp"),
                     QStringLiteral("Gateway cannot be updated for router %1, since a gateway to external network %2 "
                                    "is required by one or more floating IPs.")
                         .arg(routerId, networkId));
    return std::nullopt;
}

QJsonObject gatewayInfo(const QJsonObject& port, bool enableSnat)
{
    return {{QStringLiteral("network_id"), port.value(u"network_id")},
            {QStringLiteral("external_fixed_ips"), port.value(u"fixed_ips")},
            {QStringLiteral("enable_snat"), enableSnat}};
}

} // namespace

std::optional<DemoReply> setRouterGateway(DemoEnv& env, const QString& region, const QString& routerId,
                                          const GatewaySpec& gateway)
{
    const QString routers = key(region, QStringLiteral("routers"));
    const QString ports = key(region, QStringLiteral("ports"));
    const QJsonObject current = env.state.find(routers, routerId)->value(u"external_gateway_info").toObject();
    const QString currentNetwork = current.value(u"network_id").toString();
    const QList<QJsonObject> oldPorts = routerPorts(env, region, routerId, kRouterGateway);
    QJsonValue info = QJsonValue::Null;
    if (!gateway.networkId.isEmpty()) {
        if (auto refused = checkGatewayNetwork(env, region, gateway))
            return refused;
    }
    if (!gateway.networkId.isEmpty() && gateway.networkId == currentNetwork && !oldPorts.isEmpty()) {
        // The same network: new addresses only when others are asked, and the SNAT flag.
        const QString portId = oldPorts.first().value(u"id").toString();
        if (!gateway.fixedIps.isEmpty()) {
            if (auto refused = ports::setFixedIps(env, region, portId, gateway.fixedIps))
                return portError(*refused);
        }
        info = gatewayInfo(*env.state.find(ports, portId), gateway.enableSnat);
    } else {
        if (!currentNetwork.isEmpty()) {
            if (auto refused = refuseWhileFloatingIps(env, region, routerId, currentNetwork))
                return refused;
        }
        if (!gateway.networkId.isEmpty()) {
            ports::PortSpec spec;
            spec.region = region;
            spec.networkId = gateway.networkId;
            spec.fixedIps = gateway.fixedIps;
            spec.deviceId = routerId;
            spec.deviceOwner = kRouterGateway;
            spec.securityGroups = QStringList();
            const auto created = ports::create(env, spec); // project "": the tenant is intentionally not set
            if (const auto* refused = std::get_if<ports::PortError>(&created))
                return portError(*refused);
            info = gatewayInfo(std::get<QJsonObject>(created), gateway.enableSnat);
        }
        for (const QJsonObject& old : oldPorts)
            env.state.remove(ports, old.value(u"id").toString());
    }
    QJsonObject* router = env.state.find(routers, routerId);
    router->insert(QStringLiteral("external_gateway_info"), info);
    touch(*router);
    return std::nullopt;
}

} // namespace zenith::demo::neutron
