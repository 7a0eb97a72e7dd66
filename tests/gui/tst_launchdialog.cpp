// Issue 5, the Launch instance dialog, offscreen against the in-process demo cloud: its defaults,
// each validation message (with nothing sent), the size check of the post-install script, a full
// launch checked on the cloud's side, Nova's refusals shown in the dialog, the equivalent command.

#include "../democloud/serverfixture.h"

#include "cli/openstackcommand.h"
#include "compute/createkeypairrequest.h"
#include "compute/createservergrouprequest.h"
#include "compute/getserverrequest.h"
#include "compute/launchdialog.h"
#include "compute/listserversrequest.h"
#include "network/createportrequest.h"
#include "network/createsecuritygrouprequest.h"
#include "network/listnetworksrequest.h"
#include "stores/serverstore.h"

#include "common/messagebanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <functional>

using namespace zenith;
using namespace zenith::test;

namespace {

QString readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestLaunchDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void requestToNovaAndCommand();
    void defaultsOnAOneNetworkCloud();
    void validation_data();
    void validation();
    void userDataSizeIsLive();
    void fullLaunch();
    void multiCreate();
    void novaRefusalKeepsTheDialogOpen();
    void importAndReloadKeypairs();

private:
    void startCloud(DemoCloud::Seed seed);
    std::unique_ptr<LaunchDialog> openDialog(ServerStore* store = nullptr);
    int serverCount();
    template <typename W> W* child(LaunchDialog* dialog, const char16_t* name)
    {
        return dialog->findChild<W*>(QString::fromUtf16(name));
    }
    bool pick(QTreeWidget* list, const QString& text);
    void check(LaunchDialog* dialog, const QString& nic, bool on = true);
    void shoot(QWidget* widget, const QString& name);

    std::unique_ptr<DemoCloud> m_cloud;
    std::unique_ptr<Session> m_session;
};

void TestLaunchDialog::initTestCase()
{
    // The texts checked below are the English ones, with English number formats.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestLaunchDialog::cleanup()
{
    m_session.reset();
    m_cloud.reset();
}

void TestLaunchDialog::startCloud(DemoCloud::Seed seed)
{
    DemoCloud::Options options;
    options.speed = 1000;
    options.seed = seed;
    m_cloud = std::make_unique<DemoCloud>(options);
    QString why;
    QVERIFY2(m_cloud->start(0, &why), qPrintable(why));
    m_session = std::make_unique<Session>(m_cloud->cloudConfig());
    m_session->setOptions(fastSessionOptions());
}

std::unique_ptr<LaunchDialog> TestLaunchDialog::openDialog(ServerStore* store)
{
    auto dialog = std::make_unique<LaunchDialog>(m_session.get(), store);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()) || !QTest::qWaitFor([&] { return !dialog->isLoading(); }, 15000))
        return nullptr;
    return dialog;
}

int TestLaunchDialog::serverCount()
{
    const auto servers = awaitResult(m_session->send(ListServersRequest{}));
    return servers ? int(servers->items.size()) : -1;
}

bool TestLaunchDialog::pick(QTreeWidget* list, const QString& text)
{
    const QList<QTreeWidgetItem*> found = list->findItems(text, Qt::MatchExactly, 0);
    if (found.isEmpty())
        return false;
    list->setCurrentItem(found.first());
    return true;
}

void TestLaunchDialog::check(LaunchDialog* dialog, const QString& nic, bool on)
{
    auto* nics = child<QTreeWidget>(dialog, u"launchNics");
    const QList<QTreeWidgetItem*> found = nics->findItems(nic, Qt::MatchExactly, 0);
    QVERIFY2(!found.isEmpty(), qPrintable(nic));
    found.first()->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
}

// ZENITH_LAUNCH_SHOTS=<dir>: keep PNGs of the dialog for people to look at.
void TestLaunchDialog::shoot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("ZENITH_LAUNCH_SHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // lets the layout follow a banner shown or hidden just before
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

void TestLaunchDialog::requestToNovaAndCommand()
{
    LaunchRequest r;
    r.name = u"web"_qs;
    r.count = 2;
    r.imageId = u"img"_qs;
    r.imageName = u"Debian 12"_qs;
    r.imageStatus = u"active"_qs;
    r.flavorId = u"f1"_qs;
    r.flavorName = u"d2-2"_qs;
    r.flavorRam = 2048;
    r.flavorDisk = 25;
    r.nics = {{LaunchNic::Kind::Network, u"n1"_qs, u"lab-net"_qs}, {LaunchNic::Kind::Network, u"n2"_qs, u"Ext-Net"_qs}};
    r.usableNetworks = 2;
    r.securityGroups = {u"default"_qs, u"web"_qs};
    r.availableSecurityGroups = 2;
    r.keyName = u"mykey"_qs;
    r.userData = u"#cloud-config\npackages: [nginx]\n"_qs;
    r.configDrive = true;
    r.serverGroupId = u"g1"_qs;
    r.availabilityZone = u"nova"_qs;
    QVERIFY(r.validate().isEmpty());
    const RequestSpec spec = r.toCreateServerRequest().spec();
    const QJsonObject body = QJsonDocument::fromJson(spec.body).object();
    const QJsonObject server = body.value(u"server").toObject();
    QCOMPARE(server.value(u"imageRef").toString(), u"img"_qs);
    QCOMPARE(server.value(u"flavorRef").toString(), u"f1"_qs);
    QCOMPARE(server.value(u"networks").toArray(),
             (QJsonArray{QJsonObject{{u"uuid"_qs, u"n1"_qs}}, QJsonObject{{u"uuid"_qs, u"n2"_qs}}}));
    QCOMPARE(server.value(u"key_name").toString(), u"mykey"_qs);
    QCOMPARE(server.value(u"user_data").toString(), QString::fromLatin1(r.userData.toUtf8().toBase64()));
    QCOMPARE(server.value(u"config_drive").toBool(), true);
    QCOMPARE(server.value(u"availability_zone").toString(), u"nova"_qs);
    QCOMPARE(server.value(u"min_count").toInt(), 2);
    QCOMPARE(server.value(u"max_count").toInt(), 2);
    QCOMPARE(body.value(u"os:scheduler_hints").toObject().value(u"group").toString(), u"g1"_qs);
    QCOMPARE(LaunchRequest::instanceNames(u"web"_qs, 2), (QStringList{u"web-1"_qs, u"web-2"_qs}));
    QCOMPARE(OpenstackCommand::serverCreate(r.toCommandOptions()),
             u"openstack server create --image \"Debian 12\" --flavor d2-2 --network lab-net --network Ext-Net "
             "--security-group default --security-group web --key-name mykey --user-data cloud-config.yaml "
             "--availability-zone nova --hint group=g1 --config-drive True --min 2 --max 2 web"_qs);
}

void TestLaunchDialog::defaultsOnAOneNetworkCloud()
{
    startCloud(DemoCloud::Seed::Classroom);
    auto dialog = openDialog();
    QVERIFY(dialog);
    shoot(dialog.get(), QStringLiteral("launch-empty"));
    const LaunchRequest r = dialog->request();
    QCOMPARE(r.imageName, u"Debian 12"_qs);
    QCOMPARE(r.flavorName, u"d2-2"_qs); // the smallest flavor that holds the image
    QCOMPARE(r.count, 1);
    QVERIFY(r.name.isEmpty());
    QCOMPARE(r.usableNetworks, 1);
    QCOMPARE(r.nics.size(), 1);
    QCOMPARE(r.nics.first().label, u"Ext-Net"_qs);
    QCOMPARE(r.securityGroups, QStringList{u"default"_qs});
    QVERIFY(r.keyName.isEmpty());
    QVERIFY(r.availabilityZone.isEmpty());
    QVERIFY(r.serverGroupId.isEmpty());
    QVERIFY(!r.configDrive);
    QCOMPARE(child<QComboBox>(dialog.get(), u"launchZone")->count(), 2); // "Any" and nova
    // With the one network unticked, the project's only network is still used.
    check(dialog.get(), u"Ext-Net"_qs, false);
    QVERIFY(dialog->request().nics.isEmpty());
    QCOMPARE(dialog->request().effectiveNics().size(), 1);
    // The only validation problem left is the name.
    const QList<LaunchProblem> problems = dialog->request().validate();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, LaunchProblem::Field::Name);
}

void TestLaunchDialog::validation_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("no name") << u"name="_qs << u"Give the instance a name."_qs;
    QTest::newRow("blank name") << u"name=   "_qs << u"Give the instance a name."_qs;
    QTest::newRow("leading space") << u"name= web1"_qs << u"The name cannot start or end with a space."_qs;
    QTest::newRow("too long") << u"longname"_qs << u"The name is 256 characters long; Nova accepts at most 255."_qs;
    QTest::newRow("tab") << u"name=web\t1"_qs
                         << u"The name holds a tab, a line break or another invisible character: use printable "
                            "characters only."_qs;
    QTest::newRow("no image") << u"noimage"_qs << u"Choose an image to start the instance from."_qs;
    QTest::newRow("no flavor") << u"noflavor"_qs << u"Choose a flavor (the instance's size)."_qs;
    QTest::newRow("flavor disk too small")
        << u"small"_qs
        << u"The flavor “m1.nano” has a 1 GiB disk, but the image “Ubuntu 22.04” needs at least 3 GiB: choose a "
           "larger flavor."_qs;
    QTest::newRow("no network") << u"nonetwork"_qs
                                << u"Choose at least one network or port: the project has several, and Nova will "
                                   "not guess."_qs;
    QTest::newRow("port for two") << u"portcount"_qs
                                  << u"The port “free-port” can belong to one instance only: launch a single "
                                     "instance, or choose networks instead of ports."_qs;
    QTest::newRow("no security group") << u"nogroup"_qs
                                       << u"Choose at least one security group: with none, Nova applies “default” "
                                          "anyway."_qs;
    QTest::newRow("user data too large")
        << u"bigscript"_qs
        << u"The post-install script is too large: 49,152 bytes, which is 65,536 bytes once base64-encoded, and "
           "Nova accepts at most 65,535 encoded bytes. Shorten it, or have it download the rest."_qs;
}

void TestLaunchDialog::validation()
{
    QFETCH(QString, change);
    QFETCH(QString, message);
    startCloud(DemoCloud::Seed::DevCloud);
    const auto networks = awaitResult(m_session->sendPaged(ListNetworksRequest{}));
    QVERIFY(networks);
    QString privateId;
    for (const Network& n : networks->items) {
        if (n.name == u"private")
            privateId = n.id;
    }
    CreatePortRequest port;
    port.networkId = privateId;
    port.name = u"free-port"_qs;
    QVERIFY(awaitResult(m_session->send(port)));
    const int before = serverCount();
    QCOMPARE(before, 0);

    auto dialog = openDialog();
    QVERIFY(dialog);
    // A request that would be sent, then one change that makes it wrong.
    child<QLineEdit>(dialog.get(), u"launchName")->setText(u"web1"_qs);
    QVERIFY(pick(child<QTreeWidget>(dialog.get(), u"launchImages"), u"tiny"_qs));
    QVERIFY(pick(child<QTreeWidget>(dialog.get(), u"launchFlavors"), u"m1.tiny"_qs));
    check(dialog.get(), u"private"_qs);
    QVERIFY(dialog->request().validate().isEmpty());

    auto* name = child<QLineEdit>(dialog.get(), u"launchName");
    if (change.startsWith(u"name="))
        name->setText(change.mid(5));
    else if (change == u"longname")
        name->setText(QString(256, u'a'));
    else if (change == u"noimage")
        child<QTreeWidget>(dialog.get(), u"launchImages")->clearSelection();
    else if (change == u"noflavor")
        child<QTreeWidget>(dialog.get(), u"launchFlavors")->clearSelection();
    else if (change == u"small") {
        QVERIFY(pick(child<QTreeWidget>(dialog.get(), u"launchImages"), u"Ubuntu 22.04"_qs));
        QVERIFY(pick(child<QTreeWidget>(dialog.get(), u"launchFlavors"), u"m1.nano"_qs));
        // Marked in the list before anything is tried.
        QCOMPARE(child<QTreeWidget>(dialog.get(), u"launchFlavors")->currentItem()->text(4), u"No: too small"_qs);
    } else if (change == u"nonetwork")
        check(dialog.get(), u"private"_qs, false);
    else if (change == u"portcount") {
        check(dialog.get(), u"Port free-port"_qs);
        child<QSpinBox>(dialog.get(), u"launchCount")->setValue(2);
    } else if (change == u"nogroup")
        child<QListWidget>(dialog.get(), u"launchSecurityGroups")->item(0)->setCheckState(Qt::Unchecked);
    else if (change == u"bigscript")
        child<QPlainTextEdit>(dialog.get(), u"launchUserData")
            ->setPlainText(QString(u"#!/bin/sh\n"_qs + QString(49152 - 10, u'x')));
    const QString typedName = name->text();

    QTest::mouseClick(child<QPushButton>(dialog.get(), u"launchButton"), Qt::LeftButton);
    auto* banner = child<MessageBanner>(dialog.get(), u"launchBanner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->type(), MessageBanner::Type::Error);
    QCOMPARE(banner->text(), message);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isLaunching());
    QCOMPARE(name->text(), typedName); // nothing typed is lost
    if (change == u"small")
        shoot(dialog.get(), QStringLiteral("launch-error-flavor"));
    if (change == u"bigscript")
        shoot(dialog.get(), QStringLiteral("launch-error-userdata"));
    QTest::qWait(100);
    QCOMPARE(serverCount(), before); // nothing was sent
}

void TestLaunchDialog::userDataSizeIsLive()
{
    startCloud(DemoCloud::Seed::Classroom);
    auto dialog = openDialog();
    QVERIFY(dialog);
    auto* editor = child<QPlainTextEdit>(dialog.get(), u"launchUserData");
    auto* size = child<QLabel>(dialog.get(), u"launchUserDataSize");
    QVERIFY(size->text().isEmpty());
    // Base64 turns every 3 bytes (or fewer, at the end) into 4: 49,149 bytes is the most that fits.
    editor->setPlainText(u"#!/bin/sh\n"_qs + QString(49149 - 10, u'x'));
    QCOMPARE(size->text(), u"49,149 bytes, 65,532 once base64-encoded (Nova's limit: 65,535)."_qs);
    editor->setPlainText(u"#!/bin/sh\n"_qs + QString(49150 - 10, u'x'));
    QVERIFY(size->text().contains(u"49,150 bytes"_qs));
    QVERIFY(size->text().contains(u"65,536 bytes once base64-encoded"_qs));
    QVERIFY(size->text().contains(u"65,535"_qs));
    // Multi-byte characters count as Nova counts them: UTF-8 bytes.
    editor->setPlainText(u"#cloud-config\n# é"_qs);
    QCOMPARE(size->text(), u"18 bytes, 24 once base64-encoded (Nova's limit: 65,535)."_qs);
    editor->setPlainText(u"apt-get install nginx"_qs);
    QVERIFY(size->text().contains(u"neither #cloud-config nor #!"_qs));
}

void TestLaunchDialog::fullLaunch()
{
    startCloud(DemoCloud::Seed::DevCloud);
    CreateKeypairRequest key;
    key.name = u"mykey"_qs;
    key.publicKey = readFile(qEnvironmentVariable("ZENITH_TEST_DATA") + u"/keys/id_ed25519.pub"_qs).trimmed();
    QVERIFY(awaitResult(m_session->send(key)));
    CreateSecurityGroupRequest ssh;
    ssh.name = u"ssh"_qs;
    QVERIFY(awaitResult(m_session->send(ssh)));
    CreateServerGroupRequest group;
    group.name = u"lab-group"_qs;
    group.policy = u"anti-affinity"_qs;
    const auto madeGroup = awaitResult(m_session->send(group));
    QVERIFY(madeGroup);
    const auto networks = awaitResult(m_session->sendPaged(ListNetworksRequest{}));
    QVERIFY(networks);
    QString privateId;
    QString extNetId;
    for (const Network& n : networks->items) {
        if (n.name == u"private")
            privateId = n.id;
        if (n.name == u"Ext-Net")
            extNetId = n.id;
    }
    CreatePortRequest port;
    port.networkId = privateId;
    port.name = u"web-port"_qs;
    const auto madePort = awaitResult(m_session->send(port));
    QVERIFY(madePort);

    ServerStore store;
    ServerStore::Timing timing;
    timing.firstPoll = std::chrono::milliseconds(50);
    timing.maxPoll = std::chrono::milliseconds(200);
    store.setTiming(timing);
    store.setSession(m_session.get());
    QSignalSpy loaded(&store, &ServerStore::loadingFinished);
    store.start();
    QVERIFY(loaded.wait(10000));

    auto dialog = openDialog(&store);
    QVERIFY(dialog);
    QCOMPARE(dialog->request().keyName, u"mykey"_qs); // the only key pair is chosen
    child<QLineEdit>(dialog.get(), u"launchName")->setText(u"web1"_qs);
    QVERIFY(pick(child<QTreeWidget>(dialog.get(), u"launchImages"), u"tiny"_qs));
    QVERIFY(pick(child<QTreeWidget>(dialog.get(), u"launchFlavors"), u"m1.tiny"_qs));
    // Ext-Net first (eth0), then the port: Ext-Net is listed after the port's network, so move it up.
    check(dialog.get(), u"Port web-port"_qs);
    check(dialog.get(), u"Ext-Net"_qs);
    auto* nics = child<QTreeWidget>(dialog.get(), u"launchNics");
    nics->setCurrentItem(nics->findItems(u"Ext-Net"_qs, Qt::MatchExactly, 0).first());
    while (nics->indexOfTopLevelItem(nics->currentItem()) > 0)
        QTest::mouseClick(child<QPushButton>(dialog.get(), u"launchNicUp"), Qt::LeftButton);
    auto* groups = child<QListWidget>(dialog.get(), u"launchSecurityGroups");
    groups->findItems(u"ssh"_qs, Qt::MatchExactly).first()->setCheckState(Qt::Checked);
    QTemporaryDir dir;
    const QString script = dir.filePath(u"post-install.sh"_qs);
    const QByteArray scriptText = "#!/bin/sh\necho \"hello from $(hostname)\" > /etc/motd\n";
    {
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(scriptText);
    }
    QVERIFY(!dialog->loadUserDataFile(dir.filePath(u"missing.sh"_qs)));
    QVERIFY(dialog->loadUserDataFile(script));
    child<QCheckBox>(dialog.get(), u"launchConfigDrive")->setChecked(true);
    auto* serverGroup = child<QComboBox>(dialog.get(), u"launchServerGroup");
    serverGroup->setCurrentIndex(serverGroup->findText(u"lab-group (anti-affinity)"_qs));
    QVERIFY(serverGroup->currentIndex() > 0);
    auto* zone = child<QComboBox>(dialog.get(), u"launchZone");
    zone->setCurrentIndex(zone->findText(u"nova"_qs));
    QVERIFY(zone->currentIndex() > 0);
    auto* tabs = child<QTabWidget>(dialog.get(), u"launchTabs");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        shoot(dialog.get(), QStringLiteral("launch-filled-%1").arg(tab + 1));
    }

    const LaunchRequest sent = dialog->request();
    QCOMPARE(sent.imageName, u"tiny"_qs);
    QCOMPARE(sent.flavorName, u"m1.tiny"_qs);
    QSignalSpy launched(dialog.get(), &LaunchDialog::launched);
    QSignalSpy command(dialog.get(), &LaunchDialog::commandIssued);
    dialog->launch();
    QVERIFY(launched.wait(10000));
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const QString id = launched.first().first().toStringList().value(0);
    QVERIFY(!id.isEmpty());
    QCOMPARE(command.size(), 1);
    QCOMPARE(command.first().first().toString(),
             u"openstack server create --image tiny --flavor m1.tiny --network Ext-Net --port web-port "
             "--security-group default --security-group ssh --key-name mykey --user-data post-install.sh "
             "--availability-zone nova --hint group=%1 --config-drive True web1"_qs.arg(madeGroup->id));
    QCOMPARE(command.first().at(1).toString(),
             u"Creates 1 instance(s) from the image tiny with the flavor m1.tiny."_qs);
    // The store was told: the new server shows at once, before any listing.
    QTRY_VERIFY_WITH_TIMEOUT(store.server(id), 5000);

    // What Nova made of it.
    const auto server = awaitResult(m_session->send(GetServerRequest{id}));
    QVERIFY(server);
    QCOMPARE(server->name, u"web1"_qs);
    QCOMPARE(server->keyName, u"mykey"_qs);
    QVERIFY(server->configDrive);
    QStringList groupNames = server->securityGroups;
    groupNames.sort();
    QCOMPARE(groupNames, (QStringList{u"default"_qs, u"ssh"_qs}));
    QCOMPARE(server->availabilityZone.isEmpty() ? u"nova"_qs : server->availabilityZone, u"nova"_qs);
    // What only the cloud's state shows: the image, flavor, NICs in order, user data and group.
    const QString state = dir.filePath(u"state.json"_qs);
    QVERIFY(m_cloud->save(state));
    const QString json = readFile(state);
    QVERIFY(json.contains(QString::fromLatin1(scriptText.toBase64())));
    QJsonObject stored;
    const std::function<void(const QJsonValue&)> find = [&](const QJsonValue& v) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"id").toString() == id && o.contains(u"_user_data"))
                stored = o;
            for (const QJsonValue& inner : o)
                find(inner);
        } else if (v.isArray()) {
            for (const QJsonValue& inner : v.toArray())
                find(inner);
        }
    };
    find(QJsonDocument::fromJson(json.toUtf8()).object());
    QVERIFY(!stored.isEmpty());
    QCOMPARE(stored.value(u"_user_data").toString(), QString::fromLatin1(scriptText.toBase64()));
    QCOMPARE(stored.value(u"_group").toString(), madeGroup->id);
    QCOMPARE(stored.value(u"_flavor_id").toString(), sent.flavorId);
    QCOMPARE(stored.value(u"_image_id").toString(), sent.imageId);
    QCOMPARE(server->imageId, sent.imageId);
    const QJsonArray nicsStored = stored.value(u"_nics").toArray();
    QCOMPARE(nicsStored.size(), 2);
    QCOMPARE(nicsStored.at(0).toObject().value(u"network_id").toString(), extNetId);
    QCOMPARE(nicsStored.at(1).toObject().value(u"port_id").toString(), madePort->id);
}

void TestLaunchDialog::multiCreate()
{
    startCloud(DemoCloud::Seed::Classroom);
    ServerStore store;
    store.setSession(m_session.get());
    auto dialog = openDialog(&store);
    QVERIFY(dialog);
    child<QLineEdit>(dialog.get(), u"launchName")->setText(u"web"_qs);
    child<QSpinBox>(dialog.get(), u"launchCount")->setValue(3);
    QCOMPARE(child<QLabel>(dialog.get(), u"launchNamesHint")->text(), u"Nova names them web-1, web-2 … web-3."_qs);
    QSignalSpy command(dialog.get(), &LaunchDialog::commandIssued);
    QSignalSpy launched(dialog.get(), &LaunchDialog::launched);
    dialog->launch();
    QVERIFY(launched.wait(10000));
    QCOMPARE(command.first().first().toString(),
             u"openstack server create --image \"Debian 12\" --flavor d2-2 --network Ext-Net --min 3 --max 3 web"_qs);
    const auto servers = awaitResult(m_session->send(ListServersRequest{}));
    QVERIFY(servers);
    QStringList names;
    for (const Server& s : servers->items)
        names << s.name;
    names.sort();
    QCOMPARE(names, (QStringList{u"web-1"_qs, u"web-2"_qs, u"web-3"_qs}));
}

void TestLaunchDialog::novaRefusalKeepsTheDialogOpen()
{
    startCloud(DemoCloud::Seed::Classroom);
    m_cloud->setComputeQuota(u"demo"_qs, 0, 10, 10240);
    auto dialog = openDialog();
    QVERIFY(dialog);
    child<QLineEdit>(dialog.get(), u"launchName")->setText(u"web1"_qs);
    child<QPlainTextEdit>(dialog.get(), u"launchUserData")->setPlainText(u"#cloud-config\npackages: [nginx]\n"_qs);
    QSignalSpy launched(dialog.get(), &LaunchDialog::launched);
    dialog->launch();
    QVERIFY(dialog->isLaunching());
    QVERIFY(!child<QPushButton>(dialog.get(), u"launchButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLaunching(), 10000);
    QVERIFY(launched.isEmpty());
    QVERIFY(dialog->isVisible());
    auto* banner = child<MessageBanner>(dialog.get(), u"launchBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(u"The instance was not launched.\n"_qs), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(u"Quota exceeded for instances"_qs), qPrintable(banner->text()));
    QVERIFY(child<QPushButton>(dialog.get(), u"launchButton")->isEnabled());
    QCOMPARE(child<QLineEdit>(dialog.get(), u"launchName")->text(), u"web1"_qs);
    QCOMPARE(child<QPlainTextEdit>(dialog.get(), u"launchUserData")->toPlainText(),
             u"#cloud-config\npackages: [nginx]\n"_qs);
    shoot(dialog.get(), QStringLiteral("launch-error-nova"));
    QCOMPARE(serverCount(), 0);
}

void TestLaunchDialog::importAndReloadKeypairs()
{
    startCloud(DemoCloud::Seed::Classroom);
    auto dialog = openDialog();
    QVERIFY(dialog);
    auto* keys = child<QComboBox>(dialog.get(), u"launchKeypair");
    QCOMPARE(keys->count(), 1); // "No key pair"
    QSignalSpy import(dialog.get(), &LaunchDialog::importKeypairRequested);
    QTest::mouseClick(child<QPushButton>(dialog.get(), u"launchImportKeypair"), Qt::LeftButton);
    QCOMPARE(import.size(), 1);
    // What the key pair import dialog does, then what the lead's wiring calls.
    for (const QString& name : {u"alice"_qs, u"bob"_qs}) {
        CreateKeypairRequest key;
        key.name = name;
        key.publicKey = readFile(qEnvironmentVariable("ZENITH_TEST_DATA") + u"/keys/id_ed25519.pub"_qs).trimmed();
        if (name == u"bob")
            key.publicKey = readFile(qEnvironmentVariable("ZENITH_TEST_DATA") + u"/keys/id_ecdsa_256.pub"_qs).trimmed();
        QVERIFY(awaitResult(m_session->send(key)));
    }
    dialog->reloadKeypairs(u"bob"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(keys->count(), 3, 10000);
    QCOMPARE(keys->currentText(), u"bob"_qs);
    QCOMPARE(dialog->request().keyName, u"bob"_qs);
}

QTEST_MAIN(TestLaunchDialog)
#include "tst_launchdialog.moc"
