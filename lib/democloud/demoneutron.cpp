#include "demoneutron.h"

#include "demoneutronextensions.h"
#include "demoneutronfloatingips.h"
#include "demoneutronjson.h"
#include "demoneutronnetworks.h"
#include "demoneutronports.h"
#include "demoneutronquotas.h"
#include "demoneutronrouters.h"
#include "demoneutronsecgrouprules.h"
#include "demoneutronsecgroups.h"
#include "demoneutronsubnets.h"
#include "demoneutrontags.h"

namespace zenith::demo {

DemoNeutron::DemoNeutron(DemoEnv& env)
    : DemoService(env)
{
    env.defaultSecurityGroup = [&env](const QString& region, const QString& projectId) {
        return neutron::ensureDefaultSecurityGroup(env, region, projectId);
    };
}

void DemoNeutron::addRoutes(DemoRouter& router)
{
    neutron::addNetworkRoutes(env(), router);
    neutron::addSubnetRoutes(env(), router);
    neutron::addPortRoutes(env(), router);
    neutron::addRouterRoutes(env(), router);
    neutron::addRouterInterfaceRoutes(env(), router);
    neutron::addFloatingIpRoutes(env(), router);
    neutron::addSecurityGroupRoutes(env(), router);
    neutron::addSecurityGroupRuleRoutes(env(), router);
    neutron::addQuotaRoutes(env(), router);
    neutron::addTagRoutes(env(), router);
    neutron::addExtensionRoutes(router);
}

void DemoNeutron::settleLoaded()
{
    for (const QString& region : env().regions) {
        const QString ports = neutron::key(region, QStringLiteral("ports"));
        for (QJsonObject port : state().items(ports)) {
            if (port.value(u"device_owner").toString().startsWith(u"compute:") &&
                port.value(u"status").toString() == u"DOWN") {
                port.insert(QStringLiteral("status"), QStringLiteral("ACTIVE"));
                state().put(ports, port);
            }
        }
    }
}

DemoNeutron::ExternalNetwork DemoNeutron::publicNetwork()
{
    return {QStringLiteral("public"),
            QStringLiteral("public-subnet"),
            QStringLiteral("203.0.113.0/24"),
            QStringLiteral("203.0.113.1"),
            QStringLiteral("203.0.113.10"),
            QStringLiteral("203.0.113.250"),
            false,
            QStringLiteral("public")};
}

DemoNeutron::ExternalNetwork DemoNeutron::extNet()
{
    return {QStringLiteral("Ext-Net"),
            QStringLiteral("Ext-Net-subnet"),
            QStringLiteral("198.51.100.0/24"),
            QStringLiteral("198.51.100.1"),
            QStringLiteral("198.51.100.10"),
            QStringLiteral("198.51.100.250"),
            true,
            QStringLiteral("extnet")};
}

QString DemoNeutron::seedExternalNetwork(const QString& region, const QString& ownerProjectId,
                                         const ExternalNetwork& external)
{
    neutron::NetworkSpec spec;
    spec.projectId = ownerProjectId;
    spec.name = external.name;
    spec.shared = external.shared;
    spec.external = true;
    spec.networkType = QStringLiteral("flat");
    spec.physicalNetwork = external.physicalNetwork;
    neutron::ensureDefaultSecurityGroup(env(), region, ownerProjectId);
    const QJsonObject network = neutron::makeNetwork(env(), region, spec);
    neutron::SubnetSpec subnet;
    subnet.projectId = ownerProjectId;
    subnet.networkId = network.value(u"id").toString();
    subnet.name = external.subnetName;
    subnet.cidr = *neutron::IpNetwork::parse(external.cidr);
    subnet.gatewayIp = neutron::IpAddress::parse(external.gatewayIp);
    subnet.pools = {{neutron::IpAddress::parse(external.poolStart), neutron::IpAddress::parse(external.poolEnd)}};
    subnet.enableDhcp = false;
    neutron::makeSubnet(env(), region, subnet);
    return network.value(u"id").toString();
}

QString DemoNeutron::seedProjectNetwork(const QString& region, const QString& projectId, const ProjectNetwork& wanted)
{
    neutron::ensureDefaultSecurityGroup(env(), region, projectId);
    neutron::NetworkSpec spec;
    spec.projectId = projectId;
    spec.name = wanted.networkName;
    const QJsonObject network = neutron::makeNetwork(env(), region, spec);
    neutron::SubnetSpec subnet;
    subnet.projectId = projectId;
    subnet.networkId = network.value(u"id").toString();
    subnet.name = wanted.subnetName;
    subnet.cidr = *neutron::IpNetwork::parse(wanted.cidr);
    subnet.gatewayIp = subnet.cidr.first().next();
    const QJsonObject made = neutron::makeSubnet(env(), region, subnet);
    if (wanted.routerName.isEmpty())
        return network.value(u"id").toString();
    const QJsonObject router = neutron::makeRouter(env(), region, projectId, wanted.routerName);
    const QString routerId = router.value(u"id").toString();
    if (!wanted.externalNetworkId.isEmpty())
        neutron::setRouterGateway(env(), region, routerId, neutron::GatewaySpec{wanted.externalNetworkId, {}, true});
    // The interface is added the way the API adds it, on behalf of the project.
    DemoRequest asProject;
    asProject.region = region;
    asProject.caller.projectId = projectId;
    neutron::addInterfaceBySubnet(env(), asProject,
                                  *state().find(neutron::key(region, QStringLiteral("routers")), routerId),
                                  made.value(u"id").toString());
    return network.value(u"id").toString();
}

void DemoNeutron::setQuota(const QString& region, const QString& projectId, const QString& resource, int limit)
{
    neutron::setQuotaLimit(env(), region, projectId, resource, limit);
}

} // namespace zenith::demo
