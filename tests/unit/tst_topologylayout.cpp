// The topology diagram's layout (app/topology/topologylayout): deterministic, no overlaps, links
// that cross no box, the lab's gateway made visible, and positions that stay when a port is added.

#include "topologylab.h"

#include "topology/topologylayout.h"

#include <QTest>

using namespace zenith;
using namespace zenith::test;

namespace {

using Shape = TopologyShape;

QList<Shape> shapesOf(const TopologyLayout& layout, Shape::Type type)
{
    QList<Shape> out;
    for (const Shape& shape : layout.shapes()) {
        if (shape.type == type)
            out << shape;
    }
    return out;
}

const Shape* textShape(const TopologyLayout& layout, const QString& text)
{
    for (const Shape& shape : layout.shapes()) {
        if (shape.type == Shape::Type::Text && shape.text == text)
            return &shape;
    }
    return nullptr;
}

// Strictly inside: touching edges is fine.
bool overlaps(const QRectF& a, const QRectF& b)
{
    return a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b.adjusted(0.5, 0.5, -0.5, -0.5));
}

} // namespace

class TestTopologyLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labGatewayIsVisible();
    void noOverlaps_data();
    void noOverlaps();
    void deterministic();
    void stableWhenPortAdded();
    void emptyGraph();
};

void TestTopologyLayout::labGatewayIsVisible()
{
    const TopologyLayout layout = TopologyLayout::compute(TopologyGraph::build(labInput()));
    // lb sits between Ext-Net and lab-net: it joins them, and its lab-net port is the gateway.
    const QRectF ext = layout.bus(u"ext"_qs);
    const QRectF lab = layout.bus(u"lab"_qs);
    QVERIFY(ext.bottom() < lab.top());
    const QRectF lb = layout.box(u"srv-lb"_qs);
    QVERIFY(lb.top() > ext.bottom() && lb.bottom() < lab.top());
    for (const QString& id : {u"srv-web"_qs, u"srv-db"_qs})
        QVERIFY(layout.box(id).top() > lab.bottom());

    const Shape* gateway = textShape(layout, u"gateway of 10.12.0.0/16"_qs);
    QVERIFY(gateway);
    QCOMPARE(gateway->id, u"p-lb-lab"_qs);
    QVERIFY(textShape(layout, u"allowed 0.0.0.0/0"_qs));
    QVERIFY(textShape(layout, u"10.12.0.0/16 · gateway 10.12.0.1"_qs));
    QVERIFY(textShape(layout, u"Ext-Net (external, shared)"_qs));
    bool gatewayLink = false;
    for (const Shape& line : shapesOf(layout, Shape::Type::Line)) {
        if (line.style == Shape::Style::GatewayLink && line.id == u"p-lb-lab")
            gatewayLink = true;
    }
    QVERIFY(gatewayLink);
    int badges = 0;
    for (const Shape& rect : shapesOf(layout, Shape::Type::Rect))
        badges += rect.style == Shape::Style::GatewayBadge && rect.id == u"p-lb-lab" ? 1 : 0;
    QCOMPARE(badges, 1);
    QVERIFY(textShape(layout, u"Legend"_qs));
}

void TestTopologyLayout::noOverlaps_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("lab") << 0;
    QTest::newRow("router, floating IP, free port, device") << 1;
}

void TestTopologyLayout::noOverlaps()
{
    QFETCH(int, variant);
    TopologyGraph::Input in = labInput();
    if (variant == 1) {
        Router router;
        router.id = u"r1"_qs;
        router.name = u"lab-router"_qs;
        ExternalGatewayInfo gw;
        gw.networkId = u"ext"_qs;
        gw.externalFixedIps = {PortFixedIp{u"ext-sub"_qs, u"51.68.1.1"_qs}};
        router.externalGateway = gw;
        in.routers = {router};
        in.networks << network(u"db-net"_qs, u"db-net"_qs);
        in.subnets << subnet(u"db-sub"_qs, u"db-net"_qs, u"10.13.0.0/24"_qs, std::nullopt);
        in.ports << port(u"p-r1"_qs, u"lab"_qs, u"lab-sub"_qs, u"10.12.0.254"_qs, u"r1"_qs,
                         u"network:router_interface"_qs)
                 << port(u"p-db2"_qs, u"db-net"_qs, u"db-sub"_qs, u"10.13.0.5"_qs, u"srv-db"_qs)
                 << port(u"p-lb3"_qs, u"db-net"_qs, u"db-sub"_qs, u"10.13.0.6"_qs, u"srv-lb"_qs)
                 << port(u"p-free"_qs, u"db-net"_qs, u"db-sub"_qs, u"10.13.0.7"_qs, {})
                 << port(u"p-amp"_qs, u"lab"_qs, u"lab-sub"_qs, u"10.12.0.99"_qs, u"amphora-1"_qs, u"Octavia"_qs);
        FloatingIp fip;
        fip.id = u"fip-1"_qs;
        fip.floatingIpAddress = u"51.68.2.20"_qs;
        fip.portId = u"p-web"_qs;
        in.floatingIps = {fip};
    }
    const TopologyLayout layout = TopologyLayout::compute(TopologyGraph::build(in));
    const QList<QRectF> boxes = layout.boxes().values();
    QVERIFY(boxes.size() >= 3);
    for (int i = 0; i < boxes.size(); ++i) {
        for (int j = i + 1; j < boxes.size(); ++j)
            QVERIFY2(!overlaps(boxes[i], boxes[j]), "two boxes overlap");
        for (const QString& net : {u"ext"_qs, u"lab"_qs, u"db-net"_qs}) {
            if (!layout.bus(net).isNull())
                QVERIFY2(!overlaps(boxes[i], layout.bus(net)), "a box lies on a network");
        }
    }
    const QList<Shape> texts = shapesOf(layout, Shape::Type::Text);
    for (int i = 0; i < texts.size(); ++i) {
        for (int j = i + 1; j < texts.size(); ++j) {
            QVERIFY2(!overlaps(texts[i].rect, texts[j].rect),
                     qPrintable(u"\"%1\" overlaps \"%2\""_qs.arg(texts[i].text, texts[j].text)));
        }
        QVERIFY(layout.bounds().contains(texts[i].rect));
    }
    // A link leaves its box's edge and crosses no box.
    for (const Shape& line : shapesOf(layout, Shape::Type::Line)) {
        if (line.style == Shape::Style::Link || line.style == Shape::Style::GatewayLink ||
            line.style == Shape::Style::DownLink) {
            if (line.line.length() < 1)
                continue;
            const QRectF span = QRectF(line.line.p1(), line.line.p2()).normalized().adjusted(-0.1, 0, 0.1, 0);
            for (const QRectF& box : boxes)
                QVERIFY2(!overlaps(span, box.adjusted(0, 1, 0, -1)), "a link crosses a box");
        }
    }
}

void TestTopologyLayout::deterministic()
{
    const TopologyGraph graph = TopologyGraph::build(labInput());
    const TopologyLayout a = TopologyLayout::compute(graph);
    const TopologyLayout b = TopologyLayout::compute(graph);
    QCOMPARE(a.shapes().size(), b.shapes().size());
    for (int i = 0; i < a.shapes().size(); ++i) {
        QCOMPARE(a.shapes()[i].rect, b.shapes()[i].rect);
        QCOMPARE(a.shapes()[i].line, b.shapes()[i].line);
        QCOMPARE(a.shapes()[i].text, b.shapes()[i].text);
    }
    QCOMPARE(a.bounds(), b.bounds());
}

void TestTopologyLayout::stableWhenPortAdded()
{
    TopologyGraph::Input in = labInput();
    const TopologyLayout before = TopologyLayout::compute(TopologyGraph::build(in));
    // A second port for web on lab-net, then a free port: nothing already drawn moves.
    in.ports << port(u"p-web2"_qs, u"lab"_qs, u"lab-sub"_qs, u"10.12.0.20"_qs, u"srv-web"_qs);
    const TopologyLayout second = TopologyLayout::compute(TopologyGraph::build(in));
    in.ports << port(u"p-free"_qs, u"lab"_qs, u"lab-sub"_qs, u"10.12.0.30"_qs, {});
    const TopologyLayout free = TopologyLayout::compute(TopologyGraph::build(in));
    for (const QString& id : {u"srv-lb"_qs, u"srv-db"_qs, u"srv-web"_qs}) {
        QCOMPARE(second.box(id).topLeft(), before.box(id).topLeft());
        QCOMPARE(free.box(id).topLeft(), before.box(id).topLeft());
    }
    for (const QString& id : {u"ext"_qs, u"lab"_qs}) {
        QCOMPARE(second.bus(id).topLeft(), before.bus(id).topLeft());
        QCOMPARE(free.bus(id).topLeft(), before.bus(id).topLeft());
    }
    QVERIFY(!free.box(u"p-free"_qs).isNull());
}

void TestTopologyLayout::emptyGraph()
{
    const TopologyLayout layout = TopologyLayout::compute(TopologyGraph::build({}));
    QVERIFY(layout.boxes().isEmpty());
    QVERIFY(layout.bounds().isValid()); // the legend
}

QTEST_GUILESS_MAIN(TestTopologyLayout)
#include "tst_topologylayout.moc"
