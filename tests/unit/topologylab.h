#pragma once

// The lab's network as the topology tests see it: Ext-Net (external, shared, as on OVHcloud),
// lab-net 10.12.0.0/16 with gateway 10.12.0.1, the instance "lb" on both with its lab-net port at
// 10.12.0.1 (allowed address pair 0.0.0.0/0), "web" and "db" on lab-net only, and a DHCP port.

#include "topology/topologygraph.h"

namespace zenith::test {

inline Network network(const QString& id, const QString& name, bool external = false)
{
    Network n;
    n.id = id;
    n.name = name;
    n.status = u"ACTIVE"_qs;
    n.routerExternal = external;
    n.shared = external;
    return n;
}

inline Subnet subnet(const QString& id, const QString& networkId, const QString& cidr, std::optional<QString> gateway)
{
    Subnet s;
    s.id = id;
    s.name = id;
    s.networkId = networkId;
    s.cidr = cidr;
    s.gatewayIp = std::move(gateway);
    return s;
}

inline Server server(const QString& id, const QString& name)
{
    Server s;
    s.id = id;
    s.name = name;
    s.status = u"ACTIVE"_qs;
    return s;
}

inline Port port(const QString& id, const QString& networkId, const QString& subnetId, const QString& ip,
                 const QString& deviceId, const QString& owner = u"compute:nova"_qs)
{
    Port p;
    p.id = id;
    p.networkId = networkId;
    p.fixedIps = {PortFixedIp{subnetId, ip}};
    p.deviceId = deviceId;
    p.deviceOwner = deviceId.isEmpty() ? QString() : owner;
    p.status = u"ACTIVE"_qs;
    p.portSecurityEnabled = true;
    p.macAddress = u"fa:16:3e:00:00:01"_qs;
    return p;
}

inline TopologyGraph::Input labInput()
{
    TopologyGraph::Input in;
    in.networks = {network(u"ext"_qs, u"Ext-Net"_qs, true), network(u"lab"_qs, u"lab-net"_qs)};
    in.subnets = {subnet(u"ext-sub"_qs, u"ext"_qs, u"51.68.0.0/22"_qs, u"51.68.0.1"_qs),
                  subnet(u"lab-sub"_qs, u"lab"_qs, u"10.12.0.0/16"_qs, u"10.12.0.1"_qs)};
    in.servers = {server(u"srv-lb"_qs, u"lb"_qs), server(u"srv-web"_qs, u"web"_qs), server(u"srv-db"_qs, u"db"_qs)};
    Port lbLab = port(u"p-lb-lab"_qs, u"lab"_qs, u"lab-sub"_qs, u"10.12.0.1"_qs, u"srv-lb"_qs);
    lbLab.allowedAddressPairs = {AllowedAddressPair{u"0.0.0.0/0"_qs, {}}};
    in.ports = {port(u"p-lb-ext"_qs, u"ext"_qs, u"ext-sub"_qs, u"51.68.1.10"_qs, u"srv-lb"_qs), lbLab,
                port(u"p-web"_qs, u"lab"_qs, u"lab-sub"_qs, u"10.12.0.10"_qs, u"srv-web"_qs),
                port(u"p-db"_qs, u"lab"_qs, u"lab-sub"_qs, u"10.12.0.11"_qs, u"srv-db"_qs),
                port(u"p-dhcp"_qs, u"lab"_qs, u"lab-sub"_qs, u"10.12.0.2"_qs, u"dhcp-lab"_qs, u"network:dhcp"_qs)};
    return in;
}

} // namespace zenith::test
