// The topology diagram's graph (app/topology/topologygraph): the lab case, and the edge cases a
// real project has (free ports, routers without gateway, subnets without gateway, foreign devices).

#include "topologylab.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace zenith;
using namespace zenith::test;

class TestTopologyGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labCase();
    void portSecurityOff();
    void orderDoesNotMatter();
    void portWithoutDevice();
    void routerWithoutGateway();
    void routerWithGateway();
    void subnetWithoutGateway();
    void deviceThatIsNotAServer();
    void floatingIpOnPort();
    void networkNotListed();
};

void TestTopologyGraph::labCase()
{
    const TopologyGraph graph = TopologyGraph::build(labInput());
    QStringList ids;
    for (const TopologyNode& node : graph.nodes())
        ids << node.id;
    // External networks first, then networks, then instances by name.
    QCOMPARE(ids, (QStringList{u"ext"_qs, u"lab"_qs, u"srv-db"_qs, u"srv-lb"_qs, u"srv-web"_qs}));
    QCOMPARE(graph.node(u"ext"_qs)->kind, TopologyNode::Kind::ExternalNetwork);
    QVERIFY(graph.node(u"ext"_qs)->shared);
    const TopologyNode* lab = graph.node(u"lab"_qs);
    QCOMPARE(lab->kind, TopologyNode::Kind::Network);
    QCOMPARE(lab->subnets.size(), 1);
    QCOMPARE(lab->subnets.first().cidr, u"10.12.0.0/16"_qs);
    QCOMPARE(lab->subnets.first().gatewayIp, u"10.12.0.1"_qs);
    QCOMPARE(graph.node(u"srv-lb"_qs)->status, u"ACTIVE"_qs);

    // Four ports; the DHCP port is Neutron's plumbing, not drawn.
    QCOMPARE(graph.links().size(), 4);
    QVERIFY(!graph.linkOfPort(u"p-dhcp"_qs));
    const TopologyLink* gateway = graph.linkOfPort(u"p-lb-lab"_qs);
    QVERIFY(gateway);
    QCOMPARE(gateway->nodeId, u"srv-lb"_qs);
    QCOMPARE(gateway->networkId, u"lab"_qs);
    QCOMPARE(gateway->ips, QStringList{u"10.12.0.1"_qs});
    QCOMPARE(gateway->gatewayOf, QStringList{u"10.12.0.0/16"_qs});
    QCOMPARE(gateway->allowedPairs, QStringList{u"0.0.0.0/0"_qs});
    QVERIFY(!gateway->portSecurityOff);
    const TopologyLink* external = graph.linkOfPort(u"p-lb-ext"_qs);
    QCOMPARE(external->networkId, u"ext"_qs);
    QVERIFY(external->gatewayOf.isEmpty());
    QVERIFY(graph.linkOfPort(u"p-web"_qs)->gatewayOf.isEmpty());
    QCOMPARE(graph.linksOf(u"srv-lb"_qs).size(), 2);
}

void TestTopologyGraph::portSecurityOff()
{
    TopologyGraph::Input in = labInput();
    in.ports[1].allowedAddressPairs.clear();
    in.ports[1].portSecurityEnabled = false;
    in.ports[2].portSecurityEnabled.reset(); // no port-security extension: not "off"
    const TopologyGraph graph = TopologyGraph::build(in);
    QVERIFY(graph.linkOfPort(u"p-lb-lab"_qs)->portSecurityOff);
    QVERIFY(graph.linkOfPort(u"p-lb-lab"_qs)->allowedPairs.isEmpty());
    QVERIFY(!graph.linkOfPort(u"p-web"_qs)->portSecurityOff);
}

void TestTopologyGraph::orderDoesNotMatter()
{
    const TopologyGraph expected = TopologyGraph::build(labInput());
    std::mt19937 random(6);
    for (int round = 0; round < 10; ++round) {
        TopologyGraph::Input in = labInput();
        std::shuffle(in.networks.begin(), in.networks.end(), random);
        std::shuffle(in.ports.begin(), in.ports.end(), random);
        std::shuffle(in.servers.begin(), in.servers.end(), random);
        std::shuffle(in.subnets.begin(), in.subnets.end(), random);
        QVERIFY(TopologyGraph::build(in) == expected);
    }
}

void TestTopologyGraph::portWithoutDevice()
{
    TopologyGraph::Input in = labInput();
    Port free = port(u"p-free"_qs, u"lab"_qs, u"lab-sub"_qs, u"10.12.0.50"_qs, {});
    free.name = u"spare"_qs;
    free.status = u"DOWN"_qs;
    in.ports << free;
    const TopologyGraph graph = TopologyGraph::build(in);
    const TopologyNode* node = graph.node(u"p-free"_qs);
    QVERIFY(node);
    QCOMPARE(node->kind, TopologyNode::Kind::Port);
    QCOMPARE(node->label(), u"spare"_qs);
    const TopologyLink* link = graph.linkOfPort(u"p-free"_qs);
    QCOMPARE(link->nodeId, u"p-free"_qs);
    QCOMPARE(link->status, u"DOWN"_qs);
    QCOMPARE(graph.nodes().last().id, u"p-free"_qs); // free ports come last
}

void TestTopologyGraph::routerWithoutGateway()
{
    TopologyGraph::Input in = labInput();
    Router router;
    router.id = u"r1"_qs;
    router.name = u"lab-router"_qs;
    router.status = u"ACTIVE"_qs;
    in.routers = {router};
    in.ports[1].deviceId.clear(); // lb's port freed: the router holds the gateway now
    in.ports << port(u"p-r1"_qs, u"lab"_qs, u"lab-sub"_qs, u"10.12.0.1"_qs, u"r1"_qs, u"network:router_interface"_qs);
    const TopologyGraph graph = TopologyGraph::build(in);
    QCOMPARE(graph.node(u"r1"_qs)->kind, TopologyNode::Kind::Router);
    const QList<TopologyLink> links = graph.linksOf(u"r1"_qs);
    QCOMPARE(links.size(), 1); // no gateway link
    QCOMPARE(links.first().role, TopologyLink::Role::RouterInterface);
    QCOMPARE(links.first().gatewayOf, QStringList{u"10.12.0.0/16"_qs});
}

void TestTopologyGraph::routerWithGateway()
{
    TopologyGraph::Input in = labInput();
    Router router;
    router.id = u"r1"_qs;
    router.name = u"lab-router"_qs;
    ExternalGatewayInfo gateway;
    gateway.networkId = u"ext"_qs;
    gateway.externalFixedIps = {PortFixedIp{u"ext-sub"_qs, u"51.68.1.1"_qs}};
    router.externalGateway = gateway;
    in.routers = {router};
    TopologyGraph graph = TopologyGraph::build(in);
    QList<TopologyLink> links = graph.linksOf(u"r1"_qs);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().role, TopologyLink::Role::RouterGateway);
    QCOMPARE(links.first().networkId, u"ext"_qs);
    QCOMPARE(links.first().ips, QStringList{u"51.68.1.1"_qs});
    QVERIFY(links.first().portId.isEmpty());

    // An admin also lists the gateway port: one link still, now with the port's id and status.
    in.ports << port(u"p-gw"_qs, u"ext"_qs, u"ext-sub"_qs, u"51.68.1.1"_qs, u"r1"_qs, u"network:router_gateway"_qs);
    graph = TopologyGraph::build(in);
    links = graph.linksOf(u"r1"_qs);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().role, TopologyLink::Role::RouterGateway);
    QCOMPARE(links.first().portId, u"p-gw"_qs);
}

void TestTopologyGraph::subnetWithoutGateway()
{
    TopologyGraph::Input in = labInput();
    in.subnets[1].gatewayIp.reset();
    const TopologyGraph graph = TopologyGraph::build(in);
    QVERIFY(graph.node(u"lab"_qs)->subnets.first().gatewayIp.isEmpty());
    QVERIFY(graph.linkOfPort(u"p-lb-lab"_qs)->gatewayOf.isEmpty());
}

void TestTopologyGraph::deviceThatIsNotAServer()
{
    TopologyGraph::Input in = labInput();
    in.ports << port(u"p-amp"_qs, u"lab"_qs, u"lab-sub"_qs, u"10.12.0.99"_qs, u"amphora-1"_qs, u"Octavia"_qs);
    // A server of another project (or deleted since the listing): its id is not among the servers.
    in.ports << port(u"p-gone"_qs, u"lab"_qs, u"lab-sub"_qs, u"10.12.0.98"_qs, u"srv-gone"_qs);
    const TopologyGraph graph = TopologyGraph::build(in);
    const TopologyNode* amphora = graph.node(u"amphora-1"_qs);
    QVERIFY(amphora);
    QCOMPARE(amphora->kind, TopologyNode::Kind::Device);
    QCOMPARE(amphora->deviceOwner, u"Octavia"_qs);
    QCOMPARE(graph.linkOfPort(u"p-amp"_qs)->nodeId, u"amphora-1"_qs);
    QCOMPARE(graph.node(u"srv-gone"_qs)->kind, TopologyNode::Kind::Device);
    // A router interface whose router is not listed is a device too, not a router.
    in.ports << port(u"p-r9"_qs, u"lab"_qs, u"lab-sub"_qs, u"10.12.0.97"_qs, u"r9"_qs, u"network:router_interface"_qs);
    QCOMPARE(TopologyGraph::build(in).node(u"r9"_qs)->kind, TopologyNode::Kind::Device);
}

void TestTopologyGraph::floatingIpOnPort()
{
    TopologyGraph::Input in = labInput();
    FloatingIp fip;
    fip.id = u"fip-1"_qs;
    fip.floatingIpAddress = u"51.68.2.20"_qs;
    fip.floatingNetworkId = u"ext"_qs;
    fip.portId = u"p-web"_qs;
    FloatingIp unused;
    unused.id = u"fip-2"_qs;
    unused.floatingIpAddress = u"51.68.2.21"_qs;
    in.floatingIps = {fip, unused};
    const TopologyGraph graph = TopologyGraph::build(in);
    QCOMPARE(graph.linkOfPort(u"p-web"_qs)->floatingIps, QStringList{u"51.68.2.20"_qs});
    QCOMPARE(graph.linkOfPort(u"p-web"_qs)->floatingIpIds, QStringList{u"fip-1"_qs});
    QVERIFY(graph.linkOfPort(u"p-db"_qs)->floatingIps.isEmpty());
}

void TestTopologyGraph::networkNotListed()
{
    TopologyGraph::Input in = labInput();
    in.ports << port(u"p-other"_qs, u"net-hidden"_qs, u"sub-hidden"_qs, u"192.168.1.5"_qs, u"srv-web"_qs);
    const TopologyGraph graph = TopologyGraph::build(in);
    const TopologyNode* hidden = graph.node(u"net-hidden"_qs);
    QVERIFY(hidden);
    QVERIFY(hidden->placeholder);
    QCOMPARE(hidden->kind, TopologyNode::Kind::Network);
    QCOMPARE(graph.linksOf(u"srv-web"_qs).size(), 2);
}

QTEST_GUILESS_MAIN(TestTopologyGraph)
#include "tst_topologygraph.moc"
