// Issue 6, the Topology tab against the demo cloud, offscreen: the lab's network built through lib
// requests (lab-net 10.12.0.0/16, the instance lb on Ext-Net and on lab-net at 10.12.0.1 with the
// allowed address pair 0.0.0.0/0, web and db on lab-net), then the scene's nodes, links and badges,
// the live refresh, click-through to the Instances, Networks and Ports tabs, and the PNG and SVG
// exports. ZENITH_SHOTS_DIR=<dir> saves topology.png; ZENITH_TOPOLOGY_CLOUD=<cloud of clouds.yaml>
// also renders that cloud's topology (topology-<cloud>.png).

#include "../democloud/serverfixture.h"

#include "common/languagemanager.h"
#include "common/messagebanner.h"
#include "compute/computesections.h"
#include "compute/instancesview.h"
#include "config/cloudconfigloader.h"
#include "config/configenvironment.h"
#include "mainwindow/mainwindow.h"
#include "network/addrouterinterfacerequest.h"
#include "network/createfloatingiprequest.h"
#include "network/createnetworkrequest.h"
#include "network/createportrequest.h"
#include "network/createrouterrequest.h"
#include "network/createsubnetrequest.h"
#include "network/listnetworksrequest.h"
#include "network/listportsrequest.h"
#include "network/networksections.h"
#include "network/networksview.h"
#include "network/portsview.h"
#include "panes/sectionedpane.h"
#include "topology/topologyfeed.h"
#include "topology/topologylayout.h"
#include "topology/topologysection.h"
#include "topology/topologyview.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace zenith;
using namespace zenith::test;

namespace {

struct Lab
{
    QString extId;
    QString labId;
    QString subnetId;
    QString gatewayPortId;
    QString lbId;
    QString webId;
};

QString createServer(Session* session, const QString& name, const QList<ServerNic>& nics)
{
    ListImagesRequest debian;
    debian.name = u"Debian 12"_qs;
    const auto images = awaitResult(session->send(debian));
    const auto flavors = awaitResult(session->send(ListFlavorsRequest{}));
    if (!images || images->items.isEmpty() || !flavors || flavors->items.isEmpty())
        return {};
    CreateServerRequest create;
    create.name = name;
    create.imageRef = images->items.first().id;
    create.flavorRef = flavors->items.first().id;
    create.nics = nics;
    const auto created = awaitResult(session->send(create));
    return created ? created->id : QString();
}

Lab makeLab(Session* session)
{
    Lab lab;
    const auto networks = awaitResult(session->send(ListNetworksRequest{}));
    if (!networks)
        return lab;
    for (const Network& network : networks->items) {
        if (network.name == u"Ext-Net")
            lab.extId = network.id;
    }
    CreateNetworkRequest network;
    network.name = u"lab-net"_qs;
    const auto net = awaitResult(session->send(network));
    if (!net)
        return lab;
    lab.labId = net->id;
    CreateSubnetRequest subnet;
    subnet.networkId = net->id;
    subnet.name = u"lab-subnet"_qs;
    subnet.cidr = u"10.12.0.0/16"_qs;
    subnet.gatewayIp = std::optional(u"10.12.0.1"_qs);
    const auto sub = awaitResult(session->send(subnet));
    if (!sub)
        return lab;
    lab.subnetId = sub->id;
    // The seed's `port create --fixed-ip ip-address=10.12.0.1 --allowed-address ip-address=0.0.0.0/0`.
    CreatePortRequest port;
    port.networkId = lab.labId;
    port.name = u"lb-lab"_qs;
    port.fixedIps = QList<PortFixedIp>{PortFixedIp{lab.subnetId, u"10.12.0.1"_qs}};
    port.allowedAddressPairs = QList<AllowedAddressPair>{AllowedAddressPair{u"0.0.0.0/0"_qs, {}}};
    const auto created = awaitResult(session->send(port));
    if (!created)
        return lab;
    lab.gatewayPortId = created->id;
    lab.lbId = createServer(session, u"lb"_qs, {ServerNic::network(lab.extId), ServerNic::port(lab.gatewayPortId)});
    lab.webId = createServer(session, u"web"_qs, {ServerNic::network(lab.labId)});
    createServer(session, u"db"_qs, {ServerNic::network(lab.labId)});
    return lab;
}

QStringList sceneTexts(const TopologyView* view)
{
    QStringList texts;
    for (const QGraphicsItem* item : view->scene()->items()) {
        if (const auto* text = dynamic_cast<const QGraphicsSimpleTextItem*>(item))
            texts << text->text();
    }
    return texts;
}

void saveShot(QWidget* widget, const QString& file)
{
    const QString dir = qEnvironmentVariable("ZENITH_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50);
    widget->grab().save(dir + u'/' + file);
}

// Double-clicks the middle of a scene rectangle in the view.
void doubleClick(TopologyView* view, const QRectF& sceneRect)
{
    view->ensureVisible(sceneRect);
    const QPoint at = view->mapFromScene(sceneRect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
}

// The URLs of the requests the session sent (zenith.http logs each answer).
QStringList* g_requests = nullptr;
QtMessageHandler g_previous = nullptr;

void recordRequests(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (g_requests && context.category && qstrcmp(context.category, "zenith.http") == 0)
        g_requests->append(message.section(u' ', 0, 1));
    else if (g_previous)
        g_previous(type, context, message);
}

QString currentId(QTableView* view)
{
    return view->selectionModel()->currentIndex().data(Qt::UserRole + 1).toString();
}

} // namespace

class TestTopologyView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void labDiagram();
    void statesAndErrors();
    void routerAndFloatingIp();
    void devCloud();

private:
    std::unique_ptr<LanguageManager> m_languages;
};

void TestTopologyView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ZenithTests"_qs);
    QCoreApplication::setApplicationName(u"tst_topologyview"_qs);
    QSettings().clear();
    m_languages = std::make_unique<LanguageManager>();
    m_languages->setLanguage(u"en"_qs);
}

void TestTopologyView::labDiagram()
{
    ServerFixture fx;
    QVERIFY(fx.started);
    const Lab lab = makeLab(fx.session.get());
    QVERIFY(!lab.extId.isEmpty());
    QVERIFY(!lab.lbId.isEmpty());
    QVERIFY(!lab.webId.isEmpty());

    MainWindow window(m_languages.get());
    window.setClouds({{u"zenith-demo"_qs, u"built-in"_qs, true}});
    auto* compute = new SectionedPane(Area::Compute);
    addComputeSections(compute);
    auto* network = new SectionedPane(Area::Network);
    addNetworkSections(network);
    window.setPane(compute);
    window.setPane(network);
    auto* section = network->findChild<TopologySection*>();
    QVERIFY(section);
    section->feed()->setInterval(std::chrono::milliseconds(300));
    compute->setSession(fx.session.get());
    network->setSession(fx.session.get());
    window.setCurrentArea(Area::Network);
    auto* tabs = network->findChild<QTabWidget*>(u"networkTabs"_qs);
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(tabs->count() - 1), u"Topology"_qs);
    tabs->setCurrentWidget(section);
    window.resize(1400, 900);
    window.show();

    // Loading, then the diagram with every node, link and badge.
    QTRY_VERIFY_WITH_TIMEOUT(section->feed()->isLoaded(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(section->feed()->graph().linksOf(lab.lbId).size() == 2, 20000);
    const TopologyGraph& graph = section->feed()->graph();
    const TopologyLink* gateway = graph.linkOfPort(lab.gatewayPortId);
    QVERIFY(gateway);
    QCOMPARE(gateway->nodeId, lab.lbId);
    QCOMPARE(gateway->gatewayOf, QStringList{u"10.12.0.0/16"_qs});
    QCOMPARE(gateway->allowedPairs, QStringList{u"0.0.0.0/0"_qs});
    QTRY_VERIFY(sceneTexts(section->view()).contains(u"gateway of 10.12.0.0/16"_qs));
    const QStringList texts = sceneTexts(section->view());
    for (const QString& expected : {u"lb"_qs, u"web"_qs, u"db"_qs, u"lab-net"_qs, u"10.12.0.1"_qs,
                                    u"allowed 0.0.0.0/0"_qs, u"10.12.0.0/16 · gateway 10.12.0.1"_qs, u"Legend"_qs})
        QVERIFY2(texts.contains(expected), qPrintable(expected));
    QVERIFY(
        std::any_of(texts.cbegin(), texts.cend(), [](const QString& t) { return t.startsWith(u"Ext-Net (external"); }));
    QVERIFY(section->stateText().isEmpty());
    QTRY_VERIFY(graph.node(lab.lbId)->status == u"ACTIVE");
    QTest::qWait(400);
    saveShot(section, u"topology.png"_qs);

    // Live: a new port shows without a reset of the zoom.
    section->view()->zoomBy(0.8);
    const qreal zoom = section->view()->zoom();
    CreatePortRequest spare;
    spare.networkId = lab.labId;
    spare.name = u"spare"_qs;
    const auto created = awaitResult(fx.session->send(spare));
    QVERIFY(created);
    QTRY_VERIFY_WITH_TIMEOUT(section->feed()->graph().linkOfPort(created->id), 10000);
    QTRY_VERIFY(!section->currentLayout().box(created->id).isNull());
    QCOMPARE(section->view()->zoom(), zoom);
    section->view()->fitAll();

    // Each refresh costs one listing per collection, sent together, never a GET per item.
    QStringList requests;
    g_requests = &requests;
    QLoggingCategory::setFilterRules(u"zenith.http.debug=true"_qs);
    g_previous = qInstallMessageHandler(recordRequests);
    QElapsedTimer clock;
    clock.start();
    QTest::qWait(2000);
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(u"zenith.http.debug=false"_qs);
    g_requests = nullptr;
    const qint64 rounds = clock.elapsed() / 300 + 2;
    for (const QString& collection :
         {u"/v2.0/networks"_qs, u"/v2.0/subnets"_qs, u"/v2.0/routers"_qs, u"/v2.0/ports"_qs, u"/v2.0/floatingips"_qs}) {
        const qint64 listings =
            requests.filter(QRegularExpression(u"^GET \\S+"_qs + QRegularExpression::escape(collection) + u"$"_qs))
                .size();
        QVERIFY2(listings >= 2 && listings <= rounds, qPrintable(collection + u' ' + QString::number(listings)));
        QVERIFY2(requests.filter(collection + u'/').isEmpty(), qPrintable(requests.join(u'\n')));
    }
    QVERIFY2(requests.filter(QRegularExpression(u"/servers/(?!detail)"_qs)).isEmpty(),
             qPrintable(requests.join(u'\n')));

    // Export: a PNG that loads, an SVG that parses.
    QTemporaryDir dir;
    QCOMPARE(section->defaultFileName(u"png"_qs), u"demo-topology.png"_qs);
    QVERIFY(section->exportPng(dir.filePath(u"t.png"_qs)));
    QImage png(dir.filePath(u"t.png"_qs));
    QVERIFY(!png.isNull());
    QVERIFY(png.width() > 400);
    QVERIFY(section->exportSvg(dir.filePath(u"t.svg"_qs)));
    QFile svgFile(dir.filePath(u"t.svg"_qs));
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svgFile);
    int svgTexts = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            ++svgTexts;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(svgTexts > 10);

    // Click-through: the instance, the network, the port.
    doubleClick(section->view(), section->currentLayout().box(lab.lbId));
    QCOMPARE(window.currentArea(), Area::Compute);
    auto* instances = compute->findChild<InstancesSection*>();
    QVERIFY(instances->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(currentId(instances->view()), lab.lbId, 10000);

    window.setCurrentArea(Area::Network);
    tabs->setCurrentWidget(section);
    doubleClick(section->view(), section->currentLayout().bus(lab.labId));
    auto* networks = network->findChild<NetworksSection*>();
    QCOMPARE(tabs->currentWidget(), networks);
    QTRY_COMPARE_WITH_TIMEOUT(currentId(networks->view()), lab.labId, 10000);

    tabs->setCurrentWidget(section);
    const QList<TopologyShape>& shapes = section->currentLayout().shapes();
    const auto badge = std::find_if(shapes.cbegin(), shapes.cend(), [](const TopologyShape& shape) {
        return shape.style == TopologyShape::Style::GatewayBadge;
    });
    QVERIFY(badge != shapes.cend());
    doubleClick(section->view(), badge->rect);
    auto* ports = network->findChild<PortsSection*>();
    QCOMPARE(tabs->currentWidget(), ports);
    QTRY_COMPARE_WITH_TIMEOUT(currentId(ports->view()), lab.gatewayPortId, 10000);
}

void TestTopologyView::statesAndErrors()
{
    ServerFixture fx;
    QVERIFY(fx.started);
    TopologySection section;
    section.resize(900, 600);
    section.show();
    QCOMPARE(section.stateText(), u"Not signed in."_qs);

    // A refused password: every listing fails; the banner says why and Retry is offered.
    CloudConfig config = fx.cloud->cloudConfig();
    config.auth.password = u"wrong"_qs;
    Session refused(config);
    refused.setOptions(fastSessionOptions());
    section.setSession(&refused);
    section.setActive(true);
    QCOMPARE(section.stateText(), u"Loading the networks, routers, ports and instances…"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(section.stateText(), u"Could not draw the topology."_qs, 10000);
    QVERIFY(section.banner()->isVisible());
    auto* retry = section.findChild<QPushButton*>(u"topologyRetry"_qs);
    QVERIFY(retry && retry->isVisible());
    saveShot(&section, u"topology-error.png"_qs);

    // The right session: the diagram replaces the error.
    section.setSession(fx.session.get());
    QTRY_VERIFY_WITH_TIMEOUT(section.stateText().isEmpty(), 10000);
    QVERIFY(!section.banner()->isVisible());
    QVERIFY(section.feed()->graph().node(section.feed()->graph().nodes().first().id)->isNetwork());
    section.setActive(false);
}

void TestTopologyView::routerAndFloatingIp()
{
    ServerFixture fx;
    QVERIFY(fx.started);
    const Lab lab = makeLab(fx.session.get());
    QVERIFY(!lab.lbId.isEmpty());
    // A second network behind a router with its gateway on Ext-Net, and a floating IP there.
    CreateNetworkRequest net;
    net.name = u"db-net"_qs;
    const auto dbNet = awaitResult(fx.session->send(net));
    QVERIFY(dbNet);
    CreateSubnetRequest sub;
    sub.networkId = dbNet->id;
    sub.name = u"db-subnet"_qs;
    sub.cidr = u"10.13.0.0/24"_qs;
    sub.gatewayIp = std::optional(u"10.13.0.1"_qs);
    const auto dbSub = awaitResult(fx.session->send(sub));
    QVERIFY(dbSub);
    CreateRouterRequest router;
    router.name = u"lab-router"_qs;
    ExternalGatewayInfo gateway;
    gateway.networkId = lab.extId;
    router.externalGateway = gateway;
    const auto created = awaitResult(fx.session->send(router));
    QVERIFY(created);
    AddRouterInterfaceRequest leg;
    leg.routerId = created->id;
    leg.subnetId = dbSub->id;
    QVERIFY(awaitResult(fx.session->send(leg)));
    const QString backup = createServer(fx.session.get(), u"backup"_qs, {ServerNic::network(dbNet->id)});
    QVERIFY(!backup.isEmpty());
    ListPortsRequest ports;
    ports.deviceId = backup;
    QList<Port> backupPorts;
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto found = awaitResult(fx.session->send(ports));
            backupPorts = found ? found->items : QList<Port>();
            return !backupPorts.isEmpty();
        },
        10000));
    CreateFloatingIpRequest fip;
    fip.floatingNetworkId = lab.extId;
    fip.portId = backupPorts.first().id;
    const auto floating = awaitResult(fx.session->send(fip));
    QVERIFY2(floating, floating ? "" : qPrintable(floating.error().message));

    TopologySection section;
    section.resize(1400, 900);
    section.setSession(fx.session.get());
    section.setActive(true);
    section.show();
    QTRY_VERIFY_WITH_TIMEOUT(section.feed()->graph().linkOfPort(backupPorts.first().id), 20000);
    const TopologyGraph& graph = section.feed()->graph();
    const QList<TopologyLink> legs = graph.linksOf(created->id);
    QCOMPARE(legs.size(), 2);
    QCOMPARE(legs.first().role, TopologyLink::Role::RouterGateway);
    QCOMPARE(legs.first().networkId, lab.extId);
    QCOMPARE(legs.last().role, TopologyLink::Role::RouterInterface);
    QCOMPARE(legs.last().gatewayOf, QStringList{u"10.13.0.0/24"_qs});
    QCOMPARE(graph.linkOfPort(backupPorts.first().id)->floatingIps, QStringList{floating->floatingIpAddress});
    QTRY_VERIFY(sceneTexts(section.view()).contains(u"floating "_qs + floating->floatingIpAddress));
    QVERIFY(sceneTexts(section.view()).contains(u"lab-router"_qs));
    QTest::qWait(300);
    saveShot(&section, u"topology-router.png"_qs);
    section.setActive(false);
}

void TestTopologyView::devCloud()
{
    const QString name = qEnvironmentVariable("ZENITH_TOPOLOGY_CLOUD");
    if (name.isEmpty())
        QSKIP("set ZENITH_TOPOLOGY_CLOUD to a cloud of clouds.yaml");
    auto cloud = CloudConfigLoader(ConfigEnvironment::system()).loadCloud(name);
    QVERIFY(cloud);
    Session session(cloud.value());
    TopologySection section;
    section.resize(1400, 900);
    section.setSession(&session);
    section.setActive(true);
    section.show();
    QTRY_VERIFY_WITH_TIMEOUT(section.feed()->isLoaded(), 60000);
    QTest::qWait(500);
    qInfo("%lld nodes, %lld links", qint64(section.feed()->graph().nodes().size()),
          qint64(section.feed()->graph().links().size()));
    saveShot(&section, u"topology-"_qs + name + u".png");
    const QString dir = qEnvironmentVariable("ZENITH_SHOTS_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(section.exportPng(dir + u"/topology-" + name + u"-export.png"));
        QVERIFY(section.exportSvg(dir + u"/topology-" + name + u".svg"));
    }
}

QTEST_MAIN(TestTopologyView)
#include "tst_topologyview.moc"
