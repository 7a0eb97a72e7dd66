#pragma once

#include "topologylink.h"
#include "topologynode.h"

#include "compute/server.h"
#include "network/floatingip.h"
#include "network/network.h"
#include "network/port.h"
#include "network/router.h"
#include "network/subnet.h"

#include <QHash>
#include <QList>

namespace zenith {

//! The topology diagram's graph, built from the listed resources (no I/O, no widgets): network
//! nodes with their subnets, router, instance and device nodes, and the ports that link them.
//! Nodes and links come sorted, so equal inputs give equal graphs whatever the listing order.
class TopologyGraph
{
public:
    //! The resources a graph is built from, as their stores hold them.
    struct Input
    {
        QList<Network> networks;
        QList<Subnet> subnets;
        QList<Router> routers;
        QList<Port> ports;
        QList<FloatingIp> floatingIps;
        QList<Server> servers;
    };

    //! Builds the graph. Infrastructure ports (DHCP, floating IP, HA) are left out.
    static TopologyGraph build(const Input& input);

    const QList<TopologyNode>& nodes() const { return m_nodes; }
    const QList<TopologyLink>& links() const { return m_links; }
    //! A node by id (nullptr if none).
    const TopologyNode* node(const QString& id) const;
    //! The links of one node, in graph order.
    QList<TopologyLink> linksOf(const QString& nodeId) const;
    //! The link of one port (nullptr if none).
    const TopologyLink* linkOfPort(const QString& portId) const;
    bool isEmpty() const { return m_nodes.isEmpty(); }

    bool operator==(const TopologyGraph& other) const { return m_nodes == other.m_nodes && m_links == other.m_links; }

private:
    void index();

    QList<TopologyNode> m_nodes;
    QList<TopologyLink> m_links;
    QHash<QString, int> m_nodeIndex;
};

} // namespace zenith
