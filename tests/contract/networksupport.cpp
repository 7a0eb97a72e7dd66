#include "networksupport.h"

#include "network/createnetworkrequest.h"
#include "network/createsecuritygrouprequest.h"
#include "network/deletefloatingiprequest.h"
#include "network/deletenetworkrequest.h"
#include "network/deleteportrequest.h"
#include "network/deleterouterrequest.h"
#include "network/deletesecuritygrouprequest.h"
#include "network/deletesubnetrequest.h"
#include "network/getportrequest.h"
#include "network/listnetworksrequest.h"
#include "network/removerouterinterfacerequest.h"

namespace zenith::contract {

namespace {

// Clean-up goes straight to the session: it must not count as exercising the request types.
template <ApiRequest R> void deferCleanup(R request)
{
    Harness::instance().defer([request] {
        auto done = await(Harness::instance().session().send(request));
        if (!done && done.error().kind != ApiError::Kind::NotFound)
            qWarning("clean-up failed, something may be left on the cloud: %s", qPrintable(describe(done.error())));
    });
}

} // namespace

QString currentProjectId()
{
    const auto token = Harness::instance().session().token();
    return token && token->project ? token->project->id : QString();
}

QString externalNetworkId(const QString& name)
{
    ListNetworksRequest external;
    external.routerExternal = true;
    external.name = name;
    auto found = call(external);
    if (!found || found->items.size() != 1)
        return {};
    return found->items.first().id;
}

Result<Network> createNetwork(const QString& what)
{
    CreateNetworkRequest create;
    create.name = Harness::instance().uniqueName(what);
    auto network = call(create);
    if (network)
        deferCleanup(DeleteNetworkRequest{network->id});
    return network;
}

CreateSubnetRequest labSubnet(const QString& networkId)
{
    CreateSubnetRequest lab;
    lab.networkId = networkId;
    lab.name = Harness::instance().uniqueName(QStringLiteral("lab-subnet"));
    lab.cidr = QStringLiteral("10.12.0.0/16");
    lab.gatewayIp = QStringLiteral("10.12.0.1");
    lab.allocationPools = QList<AllocationPool>{{QStringLiteral("10.12.0.10"), QStringLiteral("10.12.255.250")}};
    lab.dnsNameservers = QStringList{QStringLiteral("1.1.1.1"), QStringLiteral("9.9.9.9")};
    lab.hostRoutes = QList<HostRoute>{{QStringLiteral("192.168.50.0/24"), QStringLiteral("10.12.0.254")}};
    lab.enableDhcp = false;
    return lab;
}

Result<Subnet> createSubnet(const CreateSubnetRequest& request)
{
    auto subnet = call(request);
    if (subnet)
        deferCleanup(DeleteSubnetRequest{subnet->id});
    return subnet;
}

Result<Port> createPort(const CreatePortRequest& request)
{
    auto port = call(request);
    if (port)
        deferCleanup(DeletePortRequest{port->id});
    return port;
}

Result<Router> createRouter(const CreateRouterRequest& request)
{
    auto router = call(request);
    if (router)
        deferCleanup(DeleteRouterRequest{router->id});
    return router;
}

void deferInterfaceRemoval(const QString& routerId, const std::optional<QString>& subnetId,
                           const std::optional<QString>& portId)
{
    deferCleanup(RemoveRouterInterfaceRequest{routerId, subnetId, portId});
}

Result<FloatingIp> createFloatingIp(const CreateFloatingIpRequest& request)
{
    auto ip = call(request);
    if (ip)
        deferCleanup(DeleteFloatingIpRequest{ip->id});
    return ip;
}

Result<SecurityGroup> createSecurityGroup(const QString& what, const QString& description)
{
    CreateSecurityGroupRequest create;
    create.name = Harness::instance().uniqueName(what);
    if (!description.isEmpty())
        create.description = description;
    auto group = call(create);
    if (group)
        deferCleanup(DeleteSecurityGroupRequest{group->id});
    return group;
}

Result<LabNetwork> createLabNetwork(const QString& what)
{
    auto network = createNetwork(what);
    if (!network)
        return network.error();
    auto subnet = createSubnet(labSubnet(network->id));
    if (!subnet)
        return subnet.error();
    return LabNetwork{network.value(), subnet.value()};
}

Result<Port> settlePort(const QString& id, const QString& status)
{
    WaitOptions options;
    options.firstDelay = std::chrono::milliseconds(200);
    options.maxDelay = std::chrono::seconds(1);
    options.timeout = std::chrono::seconds(30);
    return await(waitForStatus(
        Harness::instance().session(), GetPortRequest{id}, [](const Port& p) { return p.status; }, {status},
        {QStringLiteral("ERROR")}, {}, options));
}

CreatePortRequest labPort(const LabNetwork& lab, const QString& what)
{
    CreatePortRequest create;
    create.networkId = lab.network.id;
    create.name = Harness::instance().uniqueName(what);
    return create;
}

} // namespace zenith::contract
