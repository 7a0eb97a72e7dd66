// SubnetForm's edit half: a form filled from a subnet, and the PUT of what changed.

#include "subnetform.h"

namespace zenith {

namespace {

QStringList poolTexts(const QList<AllocationPool>& pools)
{
    QStringList out;
    for (const AllocationPool& p : pools)
        out << p.start + u" - " + p.end;
    return out;
}

QStringList routeTexts(const QList<HostRoute>& routes)
{
    QStringList out;
    for (const HostRoute& r : routes)
        out << r.destination + u" via " + r.nexthop;
    return out;
}

} // namespace

SubnetForm SubnetForm::fromSubnet(const Subnet& subnet)
{
    SubnetForm form;
    form.name = subnet.name;
    form.cidr = subnet.cidr;
    form.gateway = subnet.gatewayIp ? Gateway::Address : Gateway::None;
    form.gatewayAddress = subnet.gatewayIp.value_or(QString());
    form.pools = poolTexts(subnet.allocationPools).join(u'\n');
    form.dns = subnet.dnsNameservers.join(u'\n');
    form.routes = routeTexts(subnet.hostRoutes).join(u'\n');
    form.dhcp = subnet.enableDhcp;
    return form;
}

UpdateSubnetRequest SubnetForm::updateRequest(const Subnet& original) const
{
    UpdateSubnetRequest r;
    r.id = original.id;
    if (name.trimmed() != original.name)
        r.name = name.trimmed();
    if (gateway == Gateway::None && original.gatewayIp)
        r.gatewayIp = clearValue<QString>();
    else if (gateway == Gateway::Address && original.gatewayIp != gatewayAddress.trimmed())
        r.gatewayIp = std::optional<QString>(gatewayAddress.trimmed());
    // Lists are compared as text: "a - b" and "a-b" are the same pool.
    if (poolTexts(allocationPools()) != poolTexts(original.allocationPools))
        r.allocationPools = allocationPools();
    if (dnsServers() != original.dnsNameservers)
        r.dnsNameservers = dnsServers();
    if (routeTexts(hostRoutes()) != routeTexts(original.hostRoutes))
        r.hostRoutes = hostRoutes();
    if (dhcp != original.enableDhcp)
        r.enableDhcp = dhcp;
    return r;
}

} // namespace zenith
