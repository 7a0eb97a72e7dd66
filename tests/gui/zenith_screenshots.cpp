// Renders the main window (welcome page and every sidebar page) and the dialogs to PNG files, for
// people to review layouts and translations. Run under Xvfb for real fonts and window sizes:
//   xvfb-run -a -s "-screen 0 1400x900x24" zenith_screenshots /tmp/zenith-shots fr
#include "screenshotsupport.h"

#include "common/icons.h"
#include "common/languagemanager.h"
#include "compute/computesections.h"
#include "compute/createkeypairrequest.h"
#include "compute/createserverrequest.h"
#include "compute/instanceactions.h"
#include "compute/instancedetails.h"
#include "compute/instancesmodel.h"
#include "compute/instancesview.h"
#include "compute/keypairgeneratedialog.h"
#include "compute/keypairimportdialog.h"
#include "compute/keypairsmodel.h"
#include "compute/keypairsview.h"
#include "compute/listflavorsrequest.h"
#include "compute/listserversrequest.h"
#include "compute/publickeyfile.h"
#include "core/session.h"
#include "democloud/democloud.h"
#include "image/listimagesrequest.h"
#include "login/logindialog.h"
#include "mainwindow/errordetailsdialog.h"
#include "mainwindow/mainwindow.h"
#include "network/createnetworkrequest.h"
#include "network/createportrequest.h"
#include "network/createsubnetrequest.h"
#include "network/listnetworksrequest.h"
#include "panes/sectionedpane.h"
#include "settings/preferencesdialog.h"

#include <QApplication>
#include <QDialog>

#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <tuple>

#include <cstdio>
#include <cstdlib>

using namespace zenith;

namespace shots {

QString g_dir;
QString g_lang;

void showAndWait(QWidget* widget)
{
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget))
        std::fprintf(stderr, "%s was not exposed\n", qPrintable(widget->objectName()));
}

void save(QWidget* widget, const QString& name)
{
    QTest::qWait(150);
    const QString path = g_dir + u'/' + name + u'-' + g_lang + QStringLiteral(".png");
    if (!widget->grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

// Servers on the demo cloud as a student has them mid-lab: a load balancer on Ext-Net and the
// private network, web servers, a database and a name server on the private network.
void seedServers(Session* session, SeededLab* seeded)
{
    ListImagesRequest debian;
    debian.name = QStringLiteral("Debian 12");
    auto images = awaitFuture(session->send(debian));
    if (images && images->items.isEmpty()) // a dev cloud has a tiny test image only
        images = awaitFuture(session->send(ListImagesRequest{}));
    const auto flavors = awaitFuture(session->send(ListFlavorsRequest{}));
    ListNetworksRequest external;
    external.name = QStringLiteral("Ext-Net");
    const auto extNet = awaitFuture(session->send(external));
    CreateNetworkRequest lab;
    lab.name = QStringLiteral("lab-net");
    const auto labNet = awaitFuture(session->send(lab));
    if (labNet && seeded)
        seeded->networks.append(labNet->id);
    if (!images || images->items.isEmpty() || !flavors || flavors->items.isEmpty() || !extNet ||
        extNet->items.isEmpty() || !labNet)
        return;
    CreateSubnetRequest subnet;
    subnet.networkId = labNet->id;
    subnet.name = QStringLiteral("lab-subnet");
    subnet.cidr = QStringLiteral("10.12.0.0/16");
    const auto labSubnet = awaitFuture(session->send(subnet));
    if (!labSubnet)
        return;
    // The load balancer is the private network's gateway: its private port holds the subnet's
    // gateway address and lets NATed traffic through (allowed address pair 0.0.0.0/0).
    CreatePortRequest gateway;
    gateway.networkId = labNet->id;
    gateway.name = QStringLiteral("lb-private");
    gateway.fixedIps = QList<PortFixedIp>{{labSubnet->id, QStringLiteral("10.12.0.1")}};
    gateway.allowedAddressPairs = QList<AllowedAddressPair>{{QStringLiteral("0.0.0.0/0"), {}}};
    const auto gatewayPort = awaitFuture(session->send(gateway));
    if (!gatewayPort)
        return;
    if (seeded)
        seeded->ports.append(gatewayPort->id);
    const ServerNic publicNic = ServerNic::network(extNet->items.first().id);
    const ServerNic privateNic = ServerNic::network(labNet->id);
    const QList<std::tuple<QString, int, QList<ServerNic>>> servers{
        {QStringLiteral("lb"), 1, {publicNic, ServerNic::port(gatewayPort->id)}},
        {QStringLiteral("web"), 3, {privateNic}},
        {QStringLiteral("db"), 1, {privateNic}},
        {QStringLiteral("ns"), 1, {privateNic}}};
    for (const auto& [name, count, nics] : servers) {
        CreateServerRequest create;
        create.name = name;
        create.imageRef = images->items.first().id;
        create.flavorRef = flavors->items.first().id;
        create.nics = nics;
        create.minCount = count;
        create.maxCount = count;
        (void)awaitFuture(session->send(create));
    }
    // Nova names a multiple create's servers web-1, web-2...: find them all by name.
    for (const auto& [name, count, nics] : servers) {
        ListServersRequest list;
        list.name = u'^' + name + QStringLiteral("(-[0-9]+)?$");
        const auto found = awaitFuture(session->send(list));
        for (int i = 0; seeded && found && i < found->items.size(); ++i)
            seeded->servers.append(found->items.at(i).id);
    }
}

} // namespace shots

using namespace shots;

namespace {

ApiError sampleError()
{
    ApiError error;
    error.kind = ApiError::Kind::Conflict;
    error.httpStatus = 409;
    error.service = QStringLiteral("network");
    error.code = QStringLiteral("NetworkInUse");
    error.message = QStringLiteral("Unable to complete operation on network 3f1c9b2e. "
                                   "There are one or more ports still in use on the network.");
    error.requestId = QStringLiteral("req-6f1c2d3e-8a9b-4c5d-9e0f-123456789abc");
    return error;
}

CloudConfig sampleCloud()
{
    CloudConfig cloud;
    cloud.name = QStringLiteral("ovh-gra11");
    cloud.auth.authUrl = QUrl(QStringLiteral("https://auth.cloud.ovh.net/v3"));
    cloud.auth.username = QStringLiteral("user-Ab12Cd34Ef56");
    cloud.auth.projectName = QStringLiteral("5551234567890123");
    return cloud;
}

void shootMainWindow()
{
    LanguageManager* languages = QApplication::instance()->findChild<LanguageManager*>();
    MainWindow window(languages);
    window.setConfigSearchPaths({QDir::current().filePath(QStringLiteral("clouds.yaml")),
                                 QDir::homePath() + QStringLiteral("/.config/openstack/clouds.yaml"),
                                 QStringLiteral("/etc/openstack/clouds.yaml")});
    window.resize(1180, 740);
    window.show();
    showAndWait(&window);
    save(&window, QStringLiteral("welcome"));

    window.setClouds(
        {{QStringLiteral("ovh-gra11"), QDir::homePath() + QStringLiteral("/.config/openstack/clouds.yaml")},
         {QStringLiteral("envvars"), QString()}});
    window.setCurrentCloud(QStringLiteral("ovh-gra11"));
    window.setProjects({{QStringLiteral("8f2e4c1a9b7d4e6f"), QStringLiteral("5551234567890123")},
                        {QStringLiteral("1a2b3c4d5e6f7a8b"), QStringLiteral("tp-openstack-groupe-2")}});
    window.setCurrentProject(QStringLiteral("8f2e4c1a9b7d4e6f"));
    window.setRegions({QStringLiteral("GRA11"), QStringLiteral("SBG5"), QStringLiteral("BHS5")});
    window.setCurrentRegion(QStringLiteral("GRA11"));
    window.setInFlight(3);
    window.showError(sampleError());
    const QList<Area> areas = allAreas();
    for (const Area area : areas) {
        window.setCurrentArea(area);
        save(&window, QStringLiteral("main-") + areaKey(area));
    }

    auto* view = window.menuBar()->actions().at(1)->menu();
    view->popup(window.mapToGlobal(QPoint(60, 30)));
    showAndWait(view);
    save(view, QStringLiteral("menu-view"));
    view->hide();

    ErrorDetailsDialog details(sampleError(), &window);
    details.show();
    showAndWait(&details);
    save(&details, QStringLiteral("error-details"));
}

// The details panel of the load balancer, each tab in turn.
void shootInstanceDetails(QWidget* window, InstancesSection* instances)
{
    QTableView* view = instances->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, InstancesModel::Name).data().toString() == u"lb")
            view->setCurrentIndex(view->model()->index(row, 0));
    }
    QTabWidget* tabs = instances->details()->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(600);
        save(window, QStringLiteral("compute-details-tab%1").arg(i));
    }
    tabs->setCurrentIndex(0);
}

// The launch dialog as it opens, then refusing a form with mistakes in it.
void shootLaunchDialog(InstancesSection* instances)
{
    instances->findChild<QPushButton*>(QStringLiteral("launchInstance"))->click();
    auto* dialog = instances->findChild<QDialog*>(QStringLiteral("launchDialog"));
    if (!dialog) {
        std::fprintf(stderr, "the launch dialog did not open\n");
        return;
    }
    showAndWait(dialog);
    QTest::qWait(800); // images, flavors, networks, key pairs... load in parallel
    auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("launchTabs"));
    for (int i = 0; tabs && i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        save(dialog, QStringLiteral("compute-launch-tab%1").arg(i));
    }
    if (tabs)
        tabs->setCurrentIndex(0);
    dialog->findChild<QLineEdit*>(QStringLiteral("launchName"))->setText(QStringLiteral("web 1/a"));
    dialog->findChild<QPushButton*>(QStringLiteral("launchButton"))->click();
    save(dialog, QStringLiteral("compute-launch-refused"));
    dialog->close();
}

// The instance actions: toolbar and context menu on a selection, the delete confirmation, a 409 in the banner.
void shootInstanceActions(QWidget* window, InstancesSection* instances)
{
    QTableView* view = instances->view();
    view->clearSelection();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, InstancesModel::Name).data().toString().startsWith(u"web"))
            view->selectionModel()->select(view->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    save(window, QStringLiteral("compute-instances-selected"));
    QMenu* menu = instances->actions()->contextMenu();
    menu->popup(view->viewport()->mapToGlobal(QPoint(200, 40)));
    save(menu, QStringLiteral("compute-instances-contextmenu"));
    menu->hide();
    instances->actions()->action(InstanceAction::Delete)->trigger();
    QTest::qWait(300);
    if (auto* box = instances->findChild<QMessageBox*>(QStringLiteral("deleteConfirmation"))) {
        save(box, QStringLiteral("compute-instances-delete"));
        box->button(QMessageBox::Cancel)->click();
    }
    // A stale row (SHUTOFF in the table, ACTIVE in the cloud) makes Nova answer 409.
    view->clearSelection();
    Server stale = instances->model()->serverAt(0);
    stale.status = QStringLiteral("SHUTOFF");
    instances->actions()->setSelection({stale});
    instances->actions()->action(InstanceAction::Start)->trigger();
    QTest::qWait(800);
    save(window, QStringLiteral("compute-instances-error"));
}

void shootCompute()
{
    LanguageManager* languages = QApplication::instance()->findChild<LanguageManager*>();
    DemoCloud::Options options;
    options.speed = 50;
    DemoCloud cloud(options);
    if (!cloud.start()) {
        std::fprintf(stderr, "the demo cloud did not start\n");
        return;
    }
    Session session(cloud.cloudConfig());
    seedServers(&session);

    MainWindow window(languages);
    window.resize(1280, 760);
    auto* pane = new SectionedPane(Area::Compute);
    addComputeSections(pane);
    window.setPane(pane);
    window.setClouds({{QStringLiteral("demo"), QString(), true}});
    window.setCurrentCloud(QStringLiteral("demo"));
    window.setCurrentArea(Area::Compute);
    pane->setSession(&session);
    showAndWait(&window);
    auto* instances = pane->findChild<InstancesSection*>();
    if (!QTest::qWaitFor([&] { return instances && instances->model()->rowCount() >= 6; }, 10000))
        std::fprintf(stderr, "the instances did not show\n");
    save(&window, QStringLiteral("compute-instances-building"));
    QTest::qWait(1500); // BUILD -> ACTIVE on the demo clock, picked up by the store's polling
    save(&window, QStringLiteral("compute-instances"));
    shootInstanceDetails(&window, instances);
    shootLaunchDialog(instances);
    shootInstanceActions(&window, instances);
    instances->searchField()->setText(QStringLiteral("web"));
    save(&window, QStringLiteral("compute-instances-search"));
    auto* tabs = pane->findChild<QTabWidget*>(QStringLiteral("computeTabs"));
    for (int i = 1; tabs && i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(500);
        save(&window, QStringLiteral("compute-tab%1").arg(i));
    }
}

// The Key pairs tab with a few keys, its dialogs and their refusals (files from tests/data/keys).
void shootKeypairs()
{
    LanguageManager* languages = QApplication::instance()->findChild<LanguageManager*>();
    DemoCloud cloud;
    if (!cloud.start()) {
        std::fprintf(stderr, "the demo cloud did not start\n");
        return;
    }
    // A throw-away home: the generated key lands in its ~/.ssh, and paths read "~/.ssh/…".
    QTemporaryDir home;
    const QByteArray savedHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    QDir(home.path()).mkdir(QStringLiteral(".ssh"));
    const QString keys = QStringLiteral(ZENITH_SCREENSHOT_DATA "/keys/");
    auto read = [&keys](const char* file) {
        QFile f(keys + QString::fromLatin1(file));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    Session session(cloud.cloudConfig());
    const QList<std::pair<const char*, const char*>> seeded{{"laptop", "id_ed25519.pub"},
                                                            {"lab-pc", "id_rsa.pub"},
                                                            {"tp-groupe-2", "id_ecdsa_256.pub"},
                                                            {"old key 2019", "id_ecdsa_521.pub"}};
    for (const auto& [name, file] : seeded)
        (void)awaitFuture(
            session.send(CreateKeypairRequest{QString::fromLatin1(name), PublicKeyFile::parse(read(file)).key}));

    MainWindow window(languages);
    window.resize(1280, 760);
    auto* pane = new SectionedPane(Area::Compute);
    addComputeSections(pane);
    window.setPane(pane);
    window.setClouds({{QStringLiteral("demo"), QString(), true}});
    window.setCurrentCloud(QStringLiteral("demo"));
    window.setCurrentArea(Area::Compute);
    pane->setSession(&session);
    showAndWait(&window);
    auto* tabs = pane->findChild<QTabWidget*>(QStringLiteral("computeTabs"));
    auto* section = pane->findChild<KeypairsSection*>();
    if (!tabs || !section)
        return;
    tabs->setCurrentWidget(section);
    if (!QTest::qWaitFor([&] { return section->model()->rowCount() >= 4; }, 10000))
        std::fprintf(stderr, "the key pairs did not show\n");
    save(&window, QStringLiteral("keypairs"));

    section->view()->selectRow(0);
    section->view()->selectionModel()->select(section->view()->model()->index(2, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QMessageBox* question = section->deleteSelected();
    showAndWait(question);
    save(question, QStringLiteral("keypairs-delete"));
    question->reject();

    KeypairImportDialog* import = section->importKeypair();
    showAndWait(import);
    save(import, QStringLiteral("keypairs-import-empty"));
    import->loadFile(keys + QStringLiteral("id_ed25519"));
    save(import, QStringLiteral("keypairs-import-private"));
    import->loadFile(keys + QStringLiteral("photo.jpg"));
    save(import, QStringLiteral("keypairs-import-jpeg"));
    import->loadFile(keys + QStringLiteral("id_ed25519.ppk"));
    save(import, QStringLiteral("keypairs-import-ppk"));
    import->loadFile(keys + QStringLiteral("id_ecdsa_384.pub"));
    save(import, QStringLiteral("keypairs-import-file"));
    import->findChild<QLineEdit*>(QStringLiteral("keypairName"))->setText(QStringLiteral("élève@lab"));
    import->submit();
    save(import, QStringLiteral("keypairs-import-name"));
    import->findChild<QLineEdit*>(QStringLiteral("keypairName"))->setText(QStringLiteral("laptop"));
    import->submit();
    if (!QTest::qWaitFor([&] { return !import->isBusy(); }, 5000))
        std::fprintf(stderr, "the import did not finish\n");
    save(import, QStringLiteral("keypairs-import-taken"));
    import->reject();

    KeypairGenerateDialog* generate = section->generateKeypair();
    generate->setName(QStringLiteral("tp-openstack"));
    showAndWait(generate);
    save(generate, QStringLiteral("keypairs-generate"));
    QPointer<KeypairGenerateDialog> running = generate;
    generate->submit();
    if (!QTest::qWaitFor([&] { return !running; }, 10000))
        std::fprintf(stderr, "the generated key was not imported\n");
    save(&window, QStringLiteral("keypairs-generated"));

    generate = section->generateKeypair();
    generate->setKeygenProgram(QStringLiteral("/nonexistent/ssh-keygen"));
    showAndWait(generate);
    save(generate, QStringLiteral("keypairs-generate-missing"));
    generate->reject();
    qputenv("HOME", savedHome);
}

void shootDialogs()
{
    LoginDialog login;
    login.setCloud(sampleCloud());
    login.setKeyringAvailable(true);
    login.show();
    showAndWait(&login);
    save(&login, QStringLiteral("login"));

    login.setKeyringAvailable(false);
    QTest::keyClicks(login.findChild<QWidget*>(QStringLiteral("secretEdit")), QStringLiteral("password"));
    login.setBusy(true);
    save(&login, QStringLiteral("login-busy"));
    login.showError(ApiError::fromReply(
        401,
        R"({"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}})",
        QStringLiteral("identity"), QStringLiteral("req-0a1b2c3d-4e5f-6789-abcd-ef0123456789")));
    save(&login, QStringLiteral("login-error"));

    LoginDialog appCredential;
    CloudConfig cloud = sampleCloud();
    cloud.name = QStringLiteral("teacher-demo");
    cloud.auth.method = AuthSettings::Method::ApplicationCredential;
    cloud.auth.username.clear();
    appCredential.setCloud(cloud);
    appCredential.show();
    showAndWait(&appCredential);
    save(&appCredential, QStringLiteral("login-appcredential"));

    PreferencesDialog preferences;
    preferences.setLanguage(g_lang);
    preferences.show();
    showAndWait(&preferences);
    save(&preferences, QStringLiteral("preferences"));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s OUTPUT_DIR en|fr\n", argv[0]);
        return 2;
    }
    g_dir = QString::fromLocal8Bit(argv[1]);
    g_lang = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(g_dir);
    // Settings go to a throw-away location: screenshots must not depend on, or change, the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ZenithScreenshots"));
    QApplication::setApplicationName(QStringLiteral("Zenith"));
    QApplication::setApplicationDisplayName(QStringLiteral("Zenith"));
    QSettings().clear(); // a window state saved by an earlier run would change the shots
    QApplication::setWindowIcon(Icons::appIcon());
    auto* languages = new LanguageManager(&app);
    languages->setLanguage(g_lang);

    // ZENITH_SHOTS_ONLY=lab: only the lab wizard (a quick look while working on it).
    if (qEnvironmentVariable("ZENITH_SHOTS_ONLY") == u"lab") {
        shootLabWizard();
        return 0;
    }
    shootMainWindow();
    shootCompute();
    shootKeypairs();
    shootDialogs();
    shootLabAreas();
    shootLabWizard();
    return 0;
}
