#include "topologygraph.h"

#include "compute/server.h"
#include "network/floatingip.h"
#include "network/network.h"
#include "network/port.h"
#include "network/router.h"
#include "network/subnet.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace zenith {

namespace {

using Kind = TopologyNode::Kind;

bool isRouterInterface(const QString& owner)
{
    return owner.startsWith(u"network:router_interface") || owner == u"network:ha_router_replicated_interface";
}

// Neutron's own plumbing: a student did not make these and they do not carry their traffic.
bool isInfrastructure(const QString& owner)
{
    return owner == u"network:dhcp" || owner == u"network:floatingip" || owner == u"network:router_ha_interface" ||
           owner == u"network:distributed" || owner == u"network:router_centralized_snat";
}

int kindRank(Kind kind)
{
    return static_cast<int>(kind);
}

// Numeric order for dotted addresses would be nicer, but CIDR strings sort well enough for the
// handful of subnets a network has, and the order only needs to be stable.
bool nodeLess(const TopologyNode& a, const TopologyNode& b)
{
    if (a.kind != b.kind)
        return kindRank(a.kind) < kindRank(b.kind);
    const int byName = QString::compare(a.label(), b.label(), Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    return a.id < b.id;
}

struct Builder
{
    const TopologyGraph::Input& in;
    QList<TopologyNode> nodes;
    QList<TopologyLink> links;
    QHash<QString, int> nodeAt;
    QHash<QString, const Subnet*> subnets;
    QHash<QString, QList<const FloatingIp*>> floating; // port id -> its floating IPs

    TopologyNode& addNode(Kind kind, const QString& id)
    {
        nodeAt.insert(id, int(nodes.size()));
        TopologyNode node;
        node.kind = kind;
        node.id = id;
        nodes.append(node);
        return nodes.last();
    }

    void addNetworks()
    {
        for (const Subnet& subnet : in.subnets)
            subnets.insert(subnet.id, &subnet);
        for (const Network& network : in.networks) {
            TopologyNode& node = addNode(network.routerExternal ? Kind::ExternalNetwork : Kind::Network, network.id);
            node.name = network.name;
            node.status = network.status;
            node.shared = network.shared;
        }
        for (const Subnet& subnet : in.subnets) {
            const auto at = nodeAt.constFind(subnet.networkId);
            if (at == nodeAt.cend())
                continue;
            nodes[*at].subnets.append(
                {subnet.id, subnet.name, subnet.cidr, subnet.gatewayIp.value_or(QString()), subnet.ipVersion});
        }
        for (TopologyNode& node : nodes) {
            std::sort(node.subnets.begin(), node.subnets.end(),
                      [](const auto& a, const auto& b) { return std::tie(a.cidr, a.id) < std::tie(b.cidr, b.id); });
        }
    }

    // A network a port or gateway uses that the project cannot list (another project's).
    void ensureNetwork(const QString& id, bool external)
    {
        if (id.isEmpty() || nodeAt.contains(id))
            return;
        TopologyNode& node = addNode(external ? Kind::ExternalNetwork : Kind::Network, id);
        node.placeholder = true;
    }

    void fillPort(TopologyLink* link, const Port& port)
    {
        link->portId = port.id;
        link->portName = port.name;
        link->networkId = port.networkId;
        link->status = port.status;
        link->macAddress = port.macAddress;
        for (const PortFixedIp& ip : port.fixedIps) {
            link->ips << ip.ipAddress;
            const Subnet* subnet = subnets.value(ip.subnetId);
            if (subnet && subnet->gatewayIp && *subnet->gatewayIp == ip.ipAddress)
                link->gatewayOf << subnet->cidr;
        }
        link->portSecurityOff = port.portSecurityEnabled.has_value() && !*port.portSecurityEnabled;
        for (const AllowedAddressPair& pair : port.allowedAddressPairs)
            link->allowedPairs << pair.ipAddress;
        QList<const FloatingIp*> ips = floating.value(port.id);
        std::sort(ips.begin(), ips.end(), [](const FloatingIp* a, const FloatingIp* b) {
            return std::tie(a->floatingIpAddress, a->id) < std::tie(b->floatingIpAddress, b->id);
        });
        for (const FloatingIp* ip : std::as_const(ips)) {
            link->floatingIps << ip->floatingIpAddress;
            link->floatingIpIds << ip->id;
        }
    }

    void addRouters()
    {
        for (const Router& router : in.routers) {
            TopologyNode& node = addNode(Kind::Router, router.id);
            node.name = router.name;
            node.status = router.status;
        }
        for (const Router& router : in.routers) {
            if (!router.externalGateway || router.externalGateway->networkId.isEmpty())
                continue;
            TopologyLink link;
            link.role = TopologyLink::Role::RouterGateway;
            link.nodeId = router.id;
            link.networkId = router.externalGateway->networkId;
            for (const PortFixedIp& ip : router.externalGateway->externalFixedIps)
                link.ips << ip.ipAddress;
            ensureNetwork(link.networkId, true);
            links.append(link);
        }
    }

    void addServers()
    {
        for (const Server& server : in.servers) {
            TopologyNode& node = addNode(Kind::Server, server.id);
            node.name = server.name;
            node.status = server.status;
        }
    }

    // An admin sees the gateway port too: it refines the link the router announced.
    bool mergeGateway(const Port& port)
    {
        for (TopologyLink& link : links) {
            if (link.role == TopologyLink::Role::RouterGateway && link.nodeId == port.deviceId &&
                link.portId.isEmpty()) {
                fillPort(&link, port);
                return true;
            }
        }
        return false;
    }

    void addPort(const Port& port)
    {
        if (isInfrastructure(port.deviceOwner))
            return;
        if (port.deviceOwner == u"network:router_gateway" && mergeGateway(port))
            return;
        TopologyLink link;
        fillPort(&link, port);
        const auto owner = nodeAt.constFind(port.deviceId);
        if (port.deviceId.isEmpty()) {
            TopologyNode& node = addNode(Kind::Port, port.id);
            node.name = port.name;
            node.status = port.status;
            node.deviceOwner = port.deviceOwner;
            link.nodeId = port.id;
        } else if (owner != nodeAt.cend() && !nodes[*owner].isNetwork()) {
            link.nodeId = port.deviceId;
            if (nodes[*owner].kind == Kind::Router && isRouterInterface(port.deviceOwner))
                link.role = TopologyLink::Role::RouterInterface;
        } else {
            if (owner == nodeAt.cend()) {
                TopologyNode& node = addNode(Kind::Device, port.deviceId);
                node.deviceOwner = port.deviceOwner;
            }
            link.nodeId = port.deviceId;
        }
        ensureNetwork(port.networkId, false);
        links.append(link);
    }
};

} // namespace

TopologyGraph TopologyGraph::build(const Input& input)
{
    Builder b{input, {}, {}, {}, {}, {}};
    for (const FloatingIp& ip : input.floatingIps) {
        if (ip.portId && !ip.portId->isEmpty())
            b.floating[*ip.portId] << &ip;
    }
    b.addNetworks();
    b.addRouters();
    b.addServers();
    for (const Port& port : input.ports)
        b.addPort(port);

    TopologyGraph graph;
    graph.m_nodes = b.nodes;
    std::sort(graph.m_nodes.begin(), graph.m_nodes.end(), nodeLess);
    graph.index();
    graph.m_links = b.links;
    const auto rank = [&graph](const QString& id) { return graph.m_nodeIndex.value(id, -1); };
    std::sort(graph.m_links.begin(), graph.m_links.end(), [&](const TopologyLink& a, const TopologyLink& b) {
        const auto ka = std::make_tuple(rank(a.nodeId), rank(a.networkId), a.ips.value(0), a.portId);
        const auto kb = std::make_tuple(rank(b.nodeId), rank(b.networkId), b.ips.value(0), b.portId);
        return ka < kb;
    });
    return graph;
}

void TopologyGraph::index()
{
    m_nodeIndex.clear();
    for (int i = 0; i < m_nodes.size(); ++i)
        m_nodeIndex.insert(m_nodes.at(i).id, i);
}

const TopologyNode* TopologyGraph::node(const QString& id) const
{
    const auto it = m_nodeIndex.constFind(id);
    return it == m_nodeIndex.cend() ? nullptr : &m_nodes.at(*it);
}

QList<TopologyLink> TopologyGraph::linksOf(const QString& nodeId) const
{
    QList<TopologyLink> out;
    for (const TopologyLink& link : m_links) {
        if (link.nodeId == nodeId)
            out << link;
    }
    return out;
}

const TopologyLink* TopologyGraph::linkOfPort(const QString& portId) const
{
    if (portId.isEmpty())
        return nullptr;
    for (const TopologyLink& link : m_links) {
        if (link.portId == portId)
            return &link;
    }
    return nullptr;
}

} // namespace zenith
