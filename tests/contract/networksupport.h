#pragma once

// Set-up and clean-up shared by the Neutron contract classes (ContractNetwork, ContractPorts,
// ContractRouters, ContractSecurityGroups): each resource is created through its request type
// and its deletion registered at once, so that a failing test leaves nothing behind.

#include "contract.h"

#include "network/createfloatingiprequest.h"
#include "network/createportrequest.h"
#include "network/createrouterrequest.h"
#include "network/createsubnetrequest.h"
#include "network/network.h"
#include "network/securitygroup.h"

namespace zenith::contract {

//! Every page a paged request delivered, in order; the first failed page's error otherwise.
template <PagedRequest R> Result<QList<typename R::Response>> pagesOf(R request)
{
    auto future = Harness::instance().session().sendPaged(request);
    [[maybe_unused]] const auto last = await(future);
    QList<typename R::Response> pages;
    for (const auto& page : future.results()) {
        if (!page)
            return page.error();
        pages.append(page.value());
    }
    Harness::instance().exercised(typeName<R>());
    return pages;
}

//! The items of every page, and whether each page held at most `limit` items.
template <typename T> QList<T> itemsOf(const QList<Page<T>>& pages, int limit, bool* withinLimit)
{
    QList<T> items;
    *withinLimit = true;
    for (const Page<T>& page : pages) {
        *withinLimit = *withinLimit && page.items.size() <= limit;
        items += page.items;
    }
    return items;
}

//! The ids of resources, in order.
template <typename T> QStringList resourceIds(const QList<T>& items)
{
    QStringList ids;
    for (const T& item : items)
        ids.append(item.id);
    return ids;
}

//! The project the session is scoped to.
QString currentProjectId();

//! The id of the external network called `name` (the admin's "public", "Ext-Net"), found with
//! ListNetworksRequest router:external=true; empty when there is none.
QString externalNetworkId(const QString& name);

//! Creates a network named uniqueName(what) and registers its deletion.
Result<Network> createNetwork(const QString& what);
//! The lab's subnet: 10.12.0.0/16, gateway 10.12.0.1, a pool without the gateway
//! (10.12.0.10-10.12.255.250), two DNS servers, one host route, DHCP off.
CreateSubnetRequest labSubnet(const QString& networkId);
//! Sends the request and, when Neutron accepts it, registers the subnet's deletion.
Result<Subnet> createSubnet(const CreateSubnetRequest& request);
//! Sends the request and, when Neutron accepts it, registers the port's deletion.
Result<Port> createPort(const CreatePortRequest& request);
//! Waits until the port's status is `status` (ports go ACTIVE when the L2 agent has wired them,
//! a moment after Nova binds them); "ERROR" ends the wait.
Result<Port> settlePort(const QString& id, const QString& status = QStringLiteral("ACTIVE"));
//! Sends the request and, when Neutron accepts it, registers the router's deletion.
Result<Router> createRouter(const CreateRouterRequest& request);
//! Registers the removal of a router interface (before the router and subnet go).
void deferInterfaceRemoval(const QString& routerId, const std::optional<QString>& subnetId,
                           const std::optional<QString>& portId);
//! Sends the request and, when Neutron accepts it, registers the floating IP's release.
Result<FloatingIp> createFloatingIp(const CreateFloatingIpRequest& request);
//! Creates a security group named uniqueName(what) and registers its deletion.
Result<SecurityGroup> createSecurityGroup(const QString& what, const QString& description = {});

//! A network with the lab's subnet, both deleted at the end: the start of most tests.
struct LabNetwork
{
    Network network;
    Subnet subnet;
};
Result<LabNetwork> createLabNetwork(const QString& what);
//! A port named uniqueName(what) on the lab network, its address left to Neutron.
CreatePortRequest labPort(const LabNetwork& lab, const QString& what);

} // namespace zenith::contract
