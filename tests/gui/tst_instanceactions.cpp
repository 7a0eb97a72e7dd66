#include "serverfixture.h"

#include "common/messagebanner.h"
#include "compute/createservergrouprequest.h"
#include "compute/getserverrequest.h"
#include "compute/instanceactionrules.h"
#include "compute/instanceactions.h"
#include "compute/instancesmodel.h"
#include "compute/instancesview.h"
#include "compute/listserverinterfacesrequest.h"
#include "image/listimagesrequest.h"
#include "network/listfloatingipsrequest.h"
#include "network/listnetworksrequest.h"
#include "stores/serverstore.h"
#include "volume/createvolumerequest.h"
#include "volume/getvolumerequest.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDesktopServices>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace zenith;
using namespace zenith::test;

namespace {

Server serverIn(const QString& status, const QString& task = {}, std::optional<bool> locked = false)
{
    Server s;
    s.id = QStringLiteral("id-1");
    s.name = QStringLiteral("web-1");
    s.status = status;
    s.taskState = task;
    s.locked = locked;
    ServerAddress fixed;
    fixed.addr = QStringLiteral("10.0.0.5");
    fixed.type = QStringLiteral("fixed");
    s.addresses.insert(QStringLiteral("private"), {fixed});
    return s;
}

} // namespace

// Opens URLs instead of a browser: the console action's target.
class UrlSink : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl& url) { opened.append(url); }
};

// The Instances pane's actions against the demo cloud (dev-cloud seed: private network, router, public).
class TestInstanceActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void enableRulesFollowNova_data();
    void enableRulesFollowNova();
    void lockedOrBusyServersAllowLittle();
    void bulkDeleteConfirmationNamesTheServers();
    void manyServersAreCounted();
    void stopThenStart();
    void conflictShowsTheServerMessageAndRequestId();
    void faultOfSelectedServerIsShown();
    void snapshotCreatesTheImage();
    void resizeThenConfirm();
    void attachAndDetachVolume();
    void attachAndDetachInterface();
    void associateAndReleaseFloatingIp();
    void consoleOpensTheBrowser();

private:
    QString create(const QString& name, int count, const std::optional<QString>& group = {});
    bool waitForRows(int count, const QString& status = QStringLiteral("ACTIVE"));
    Server serverNamed(const QString& name) const;
    void select(const QStringList& names);
    template <typename T> T* dialog(const QString& objectName);
    InstanceActions* actions() const { return m_section->actions(); }
    QAction* action(InstanceAction a) const { return actions()->action(a); }

    std::unique_ptr<DemoCloud> m_cloud;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<InstancesSection> m_section;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_commands;
    QString m_network;
};

void TestInstanceActions::init()
{
    DemoCloud::Options options;
    options.speed = 1000;
    options.seed = DemoCloud::Seed::DevCloud;
    m_cloud = std::make_unique<DemoCloud>(options);
    QVERIFY(m_cloud->start());
    m_cloud->setComputeQuota(QStringLiteral("demo"), 50, 100, 50 * 4096);
    m_session = std::make_unique<Session>(m_cloud->cloudConfig());
    m_session->setOptions(fastSessionOptions());
    ListNetworksRequest networks;
    networks.name = QStringLiteral("private");
    const auto found = awaitResult(m_session->send(networks));
    QVERIFY(found && found->items.size() == 1);
    m_network = found->items.first().id;

    m_section = std::make_unique<InstancesSection>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_section->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_commands = std::make_unique<QSignalSpy>(m_section.get(), &PaneSection::commandIssued);
    ServerStore::Timing timing;
    timing.stableRefresh = std::chrono::milliseconds(300);
    timing.firstPoll = std::chrono::milliseconds(20);
    timing.maxPoll = std::chrono::milliseconds(100);
    m_section->store()->setTiming(timing);
    m_section->resize(1100, 600);
    m_section->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_section.get()));
}

void TestInstanceActions::cleanup()
{
    m_commands.reset();
    m_tester.reset();
    m_section.reset();
    m_session.reset();
    m_cloud.reset();
}

QString TestInstanceActions::create(const QString& name, int count, const std::optional<QString>& group)
{
    ListImagesRequest tiny;
    tiny.name = QStringLiteral("tiny");
    const auto images = awaitResult(m_session->send(tiny));
    const auto flavors = awaitResult(m_session->send(ListFlavorsRequest{}));
    if (!images || images->items.isEmpty() || !flavors)
        return QStringLiteral("no image or flavor");
    CreateServerRequest create;
    create.name = name;
    create.imageRef = images->items.first().id;
    for (const Flavor& f : flavors->items) {
        if (f.name == u"m1.tiny")
            create.flavorRef = f.id;
    }
    create.nics = {ServerNic::network(m_network)};
    create.minCount = count;
    create.maxCount = count;
    create.serverGroupId = group;
    const auto created = awaitResult(m_session->send(create));
    return created ? QString() : created.error().message;
}

bool TestInstanceActions::waitForRows(int count, const QString& status)
{
    m_section->setSession(m_session.get());
    m_section->setActive(true);
    return QTest::qWaitFor(
        [&] {
            const InstancesModel* model = m_section->model();
            if (model->rowCount() != count)
                return false;
            for (int row = 0; row < count; ++row) {
                if (model->serverAt(row).status != status)
                    return false;
            }
            return true;
        },
        10000);
}

Server TestInstanceActions::serverNamed(const QString& name) const
{
    const InstancesModel* model = m_section->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->serverAt(row).name == name)
            return model->serverAt(row);
    }
    return {};
}

void TestInstanceActions::select(const QStringList& names)
{
    QTableView* view = m_section->view();
    view->clearSelection();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, InstancesModel::Name);
        if (names.contains(index.data().toString()))
            view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

template <typename T> T* TestInstanceActions::dialog(const QString& objectName)
{
    T* found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            found = m_section->findChild<T*>(objectName);
            return found && found->isVisible();
        },
        5000);
    return shown ? found : nullptr;
}

void TestInstanceActions::enableRulesFollowNova_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QList<int>>("allowed");
    using A = InstanceAction;
    const auto list = [](std::initializer_list<A> actions) {
        QList<int> out;
        for (A a : actions)
            out.append(static_cast<int>(a));
        return out;
    };
    QTest::newRow("ACTIVE") << u"ACTIVE"_qs
                            << list({A::Stop, A::SoftReboot, A::HardReboot, A::Delete, A::Shelve, A::Lock, A::Rescue,
                                     A::Snapshot, A::Resize, A::Console, A::AttachInterface, A::DetachInterface,
                                     A::AttachVolume, A::DetachVolume, A::AssociateFloatingIp});
    QTest::newRow("SHUTOFF") << u"SHUTOFF"_qs
                             << list({A::Start, A::HardReboot, A::Delete, A::Shelve, A::Lock, A::Rescue, A::Snapshot,
                                      A::Resize, A::AttachInterface, A::DetachInterface, A::AttachVolume,
                                      A::DetachVolume, A::AssociateFloatingIp});
    QTest::newRow("SHELVED_OFFLOADED") << u"SHELVED_OFFLOADED"_qs
                                       << list({A::Delete, A::Unshelve, A::Lock, A::AttachVolume, A::DetachVolume,
                                                A::AssociateFloatingIp});
    QTest::newRow("VERIFY_RESIZE") << u"VERIFY_RESIZE"_qs
                                   << list({A::Delete, A::Lock, A::ConfirmResize, A::RevertResize, A::AttachVolume,
                                            A::DetachVolume, A::AssociateFloatingIp});
    QTest::newRow("RESCUE") << u"RESCUE"_qs
                            << list({A::Stop, A::Delete, A::Lock, A::Unrescue, A::Console, A::AssociateFloatingIp});
    QTest::newRow("ERROR") << u"ERROR"_qs << list({A::Stop, A::HardReboot, A::Delete, A::Lock, A::Rescue});
}

void TestInstanceActions::enableRulesFollowNova()
{
    QFETCH(QString, status);
    QFETCH(QList<int>, allowed);
    const Server server = serverIn(status);
    for (int i = 0; i < instanceActionCount; ++i) {
        const bool expected = allowed.contains(i);
        if (InstanceActionRules::allows(static_cast<InstanceAction>(i), server) != expected)
            QFAIL(qPrintable(QStringLiteral("action %1 on %2: expected %3").arg(i).arg(status).arg(expected)));
    }
}

void TestInstanceActions::lockedOrBusyServersAllowLittle()
{
    using A = InstanceAction;
    for (int i = 0; i < instanceActionCount; ++i) {
        const auto a = static_cast<A>(i);
        QCOMPARE(InstanceActionRules::allows(a, serverIn(u"ACTIVE"_qs, {}, true)), a == A::Unlock);
        QCOMPARE(InstanceActionRules::allows(a, serverIn(u"ACTIVE"_qs, u"powering-off"_qs)), a == A::Delete);
        QCOMPARE(InstanceActionRules::allows(a, serverIn(u"REBOOT"_qs, u"rebooting"_qs)), a == A::Delete);
    }
    QVERIFY(InstanceActionRules::allows(A::HardReboot, serverIn(u"ACTIVE"_qs, u"rebooting"_qs)));

    // Through the QActions: nothing selected, nothing enabled; mixed selections act on what allows it.
    QVERIFY(create(u"web"_qs, 2).isEmpty());
    QVERIFY(waitForRows(2));
    for (int i = 0; i < instanceActionCount; ++i)
        QVERIFY(!action(static_cast<A>(i))->isEnabled());
    select({u"web-1"_qs, u"web-2"_qs});
    QVERIFY(action(A::Stop)->isEnabled());
    QVERIFY(!action(A::Start)->isEnabled());
    QVERIFY(!action(A::Snapshot)->isEnabled()); // one server at a time
    select({u"web-1"_qs});
    QVERIFY(action(A::Snapshot)->isEnabled());
}

void TestInstanceActions::bulkDeleteConfirmationNamesTheServers()
{
    QVERIFY(create(u"web"_qs, 3).isEmpty());
    QVERIFY(create(u"db"_qs, 1).isEmpty());
    QVERIFY(waitForRows(4));
    select({u"web-1"_qs, u"web-2"_qs, u"db"_qs});
    QVERIFY(action(InstanceAction::Delete)->isEnabled());

    action(InstanceAction::Delete)->trigger();
    auto* box = dialog<QMessageBox>(u"deleteConfirmation"_qs);
    QVERIFY(box);
    QCOMPARE(box->text(), u"Delete db, web-1 and web-2?"_qs);
    QVERIFY(box->informativeText().contains(u"cannot be undone"_qs));
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(300);
    QCOMPARE(m_section->model()->rowCount(), 4);
    QCOMPARE(m_commands->count(), 0);

    action(InstanceAction::Delete)->trigger();
    box = dialog<QMessageBox>(u"deleteConfirmation"_qs);
    QVERIFY(box);
    auto* confirm = box->findChild<QPushButton*>(u"confirmDelete"_qs);
    QVERIFY(confirm);
    // "instance(s)" until zenith_en.ts gets this string's English plural forms.
    QVERIFY2(confirm->text().startsWith(u"Delete 3 instance"_qs), qPrintable(confirm->text()));
    confirm->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_section->model()->rowCount(), 1, 10000);
    QCOMPARE(m_section->model()->serverAt(0).name, u"web-3"_qs);
    QCOMPARE(m_commands->count(), 1);
    QCOMPARE(m_commands->first().first().toString(), u"openstack server delete db web-1 web-2"_qs);
}

void TestInstanceActions::manyServersAreCounted()
{
    QVERIFY(create(u"node"_qs, 7).isEmpty());
    QVERIFY(waitForRows(7));
    m_section->view()->selectAll();
    action(InstanceAction::Delete)->trigger();
    auto* box = dialog<QMessageBox>(u"deleteConfirmation"_qs);
    QVERIFY(box);
    QVERIFY2(box->text().startsWith(u"Delete 7 instance"_qs), qPrintable(box->text()));
    QVERIFY(box->informativeText().startsWith(u"node-1, node-2, node-3, node-4, node-5, node-6 and node-7"_qs));
    box->button(QMessageBox::Cancel)->click();
}

void TestInstanceActions::stopThenStart()
{
    QVERIFY(create(u"web"_qs, 2).isEmpty());
    QVERIFY(waitForRows(2));
    select({u"web-1"_qs, u"web-2"_qs});
    action(InstanceAction::Stop)->trigger();
    QCOMPARE(m_commands->last().first().toString(), u"openstack server stop web-1 web-2"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(
        serverNamed(u"web-1"_qs).status == u"SHUTOFF" && serverNamed(u"web-2"_qs).status == u"SHUTOFF", 10000);
    QTRY_VERIFY(action(InstanceAction::Start)->isEnabled());
    QVERIFY(!action(InstanceAction::Stop)->isEnabled());
    action(InstanceAction::Start)->trigger();
    QCOMPARE(m_commands->last().first().toString(), u"openstack server start web-1 web-2"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(
        serverNamed(u"web-1"_qs).status == u"ACTIVE" && serverNamed(u"web-2"_qs).status == u"ACTIVE", 10000);
    QVERIFY(m_section->actionBanner()->isHidden());
}

void TestInstanceActions::conflictShowsTheServerMessageAndRequestId()
{
    QVERIFY(create(u"web"_qs, 1).isEmpty());
    QVERIFY(waitForRows(1));
    // A stale row: the table still says SHUTOFF while the server is ACTIVE again.
    Server stale = serverNamed(u"web"_qs);
    stale.status = QStringLiteral("SHUTOFF");
    actions()->setSelection({stale});
    action(InstanceAction::Start)->trigger();
    MessageBanner* banner = m_section->actionBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QCOMPARE(banner->type(), MessageBanner::Type::Error);
    const QString text = banner->text();
    QVERIFY2(text.startsWith(u"Could not start web."_qs), qPrintable(text));
    QVERIFY2(text.contains(u"Cannot 'start' instance"_qs) && text.contains(u"while it is in vm_state active"_qs),
             qPrintable(text));
    QVERIFY2(text.contains(u"Request ID: req-"_qs), qPrintable(text));
}

void TestInstanceActions::faultOfSelectedServerIsShown()
{
    CreateServerGroupRequest group;
    group.name = QStringLiteral("spread");
    group.policy = QStringLiteral("anti-affinity");
    const auto created = awaitResult(m_session->send(group));
    QVERIFY(created);
    // One host in the demo cloud: the second member of an anti-affinity group finds none.
    QVERIFY(create(u"a"_qs, 1, created->id).isEmpty());
    QVERIFY(waitForRows(1));
    QVERIFY(create(u"b"_qs, 1, created->id).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(serverNamed(u"b"_qs).status == u"ERROR", 10000);
    select({u"b"_qs});
    MessageBanner* banner = m_section->actionBanner();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(u"b is in error:\nNo valid host was found"_qs), qPrintable(banner->text()));
    select({u"a"_qs});
    QVERIFY(banner->isHidden());
}

void TestInstanceActions::snapshotCreatesTheImage()
{
    QVERIFY(create(u"web"_qs, 1).isEmpty());
    QVERIFY(waitForRows(1));
    select({u"web"_qs});
    action(InstanceAction::Snapshot)->trigger();
    auto* prompt = dialog<QInputDialog>(u"snapshotDialog"_qs);
    QVERIFY(prompt);
    QVERIFY(prompt->textValue().startsWith(u"web-snapshot-"_qs));
    prompt->setTextValue(u"  "_qs);
    prompt->accept();
    prompt = dialog<QInputDialog>(u"snapshotDialog"_qs);
    QVERIFY(prompt);
    QVERIFY(prompt->labelText().startsWith(u"The image needs a name."_qs));
    prompt->setTextValue(u"web backup"_qs);
    prompt->accept();
    QCOMPARE(m_commands->last().first().toString(), u"openstack server image create --name \"web backup\" web"_qs);
    ListImagesRequest images;
    images.name = QStringLiteral("web backup");
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto found = awaitResult(m_session->send(images));
            return found && found->items.size() == 1;
        }(),
        10000);
}

void TestInstanceActions::resizeThenConfirm()
{
    QVERIFY(create(u"web"_qs, 1).isEmpty());
    QVERIFY(waitForRows(1));
    select({u"web"_qs});
    action(InstanceAction::Resize)->trigger();
    auto* picker = dialog<QInputDialog>(u"resizeDialog"_qs);
    QVERIFY(picker);
    const QStringList items = picker->comboBoxItems();
    QVERIFY(!items.isEmpty());
    for (const QString& item : items)
        QVERIFY2(!item.startsWith(u"m1.tiny "_qs), qPrintable(item)); // not the current flavor
    qsizetype small = -1;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).startsWith(u"m1.small "_qs))
            small = i;
    }
    QVERIFY2(small >= 0, qPrintable(items.join(u'|')));
    picker->setTextValue(items.at(small));
    picker->accept();
    QCOMPARE(m_commands->last().first().toString(), u"openstack server resize --flavor m1.small web"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(serverNamed(u"web"_qs).status, u"VERIFY_RESIZE"_qs, 10000);
    QTRY_VERIFY(action(InstanceAction::ConfirmResize)->isEnabled());
    QVERIFY(action(InstanceAction::RevertResize)->isEnabled());
    QVERIFY(!action(InstanceAction::Stop)->isEnabled());
    action(InstanceAction::ConfirmResize)->trigger();
    QCOMPARE(m_commands->last().first().toString(), u"openstack server resize confirm web"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(serverNamed(u"web"_qs).status, u"ACTIVE"_qs, 10000);
    QCOMPARE(serverNamed(u"web"_qs).flavor.originalName, u"m1.small"_qs);
}

void TestInstanceActions::attachAndDetachVolume()
{
    QVERIFY(create(u"web"_qs, 1).isEmpty());
    CreateVolumeRequest volume;
    volume.name = QStringLiteral("data");
    volume.size = 1;
    const auto made = awaitResult(m_session->send(volume));
    QVERIFY(made);
    const QString volumeId = made->id;
    const auto volumeStatus = [&] {
        const auto v = awaitResult(m_session->send(GetVolumeRequest{volumeId}));
        return v ? v->status : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(volumeStatus(), u"available"_qs, 10000);
    QVERIFY(waitForRows(1));
    select({u"web"_qs});

    action(InstanceAction::AttachVolume)->trigger();
    auto* picker = dialog<QInputDialog>(u"attachVolumeDialog"_qs);
    QVERIFY(picker);
    QCOMPARE(picker->comboBoxItems(), QStringList{u"data (1 GiB)"_qs});
    picker->accept();
    QCOMPARE(m_commands->last().first().toString(), u"openstack server add volume web data"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(volumeStatus(), u"in-use"_qs, 10000);
    QVERIFY(m_section->actionBanner()->isHidden());

    action(InstanceAction::DetachVolume)->trigger();
    picker = dialog<QInputDialog>(u"detachVolumeDialog"_qs);
    QVERIFY(picker);
    QCOMPARE(picker->comboBoxItems().size(), 1);
    QVERIFY(picker->comboBoxItems().first().startsWith(u"data (1 GiB"_qs));
    picker->accept();
    QCOMPARE(m_commands->last().first().toString(), u"openstack server remove volume web data"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(volumeStatus(), u"available"_qs, 10000);
}

void TestInstanceActions::attachAndDetachInterface()
{
    QVERIFY(create(u"web"_qs, 1).isEmpty());
    QVERIFY(waitForRows(1));
    const QString id = serverNamed(u"web"_qs).id;
    const auto interfaces = [&] {
        const auto list = awaitResult(m_session->send(ListServerInterfacesRequest{id}));
        return list ? list->size() : -1;
    };
    QCOMPARE(interfaces(), 1);
    select({u"web"_qs});

    action(InstanceAction::AttachInterface)->trigger();
    auto* picker = dialog<QInputDialog>(u"attachInterfaceDialog"_qs);
    QVERIFY(picker);
    QVERIFY(picker->comboBoxItems().contains(u"Network private"_qs));
    QVERIFY(!picker->comboBoxItems().contains(u"Network public"_qs)); // external: for floating IPs
    picker->setTextValue(u"Network private"_qs);
    picker->accept();
    QCOMPARE(m_commands->last().first().toString(), u"openstack server add network web private"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(interfaces(), 2, 10000);

    action(InstanceAction::DetachInterface)->trigger();
    picker = dialog<QInputDialog>(u"detachInterfaceDialog"_qs);
    QVERIFY(picker);
    QCOMPARE(picker->comboBoxItems().size(), 2);
    QVERIFY(picker->comboBoxItems().first().startsWith(u"private: 10.0.0."_qs));
    picker->setTextValue(picker->comboBoxItems().last());
    picker->accept();
    QVERIFY(m_commands->last().first().toString().startsWith(u"openstack server remove port web "_qs));
    QTRY_COMPARE_WITH_TIMEOUT(interfaces(), 1, 10000);
    QVERIFY(m_section->actionBanner()->isHidden());
}

void TestInstanceActions::associateAndReleaseFloatingIp()
{
    QVERIFY(create(u"web"_qs, 1).isEmpty());
    QVERIFY(waitForRows(1));
    const QString id = serverNamed(u"web"_qs).id;
    select({u"web"_qs});
    QVERIFY(action(InstanceAction::AssociateFloatingIp)->isEnabled());
    QVERIFY(!action(InstanceAction::ReleaseFloatingIp)->isEnabled());

    action(InstanceAction::AssociateFloatingIp)->trigger();
    auto* picker = dialog<QInputDialog>(u"associateFloatingIpDialog"_qs);
    QVERIFY(picker);
    QVERIFY(picker->comboBoxItems().contains(u"New address from public"_qs));
    picker->setTextValue(u"New address from public"_qs);
    picker->accept();
    QVERIFY(m_commands->last().first().toString().startsWith(u"openstack floating ip create --port "_qs));
    QVERIFY(m_commands->last().first().toString().endsWith(u" public"_qs));
    const auto floating = [&] {
        const auto list = awaitResult(m_session->send(ListFloatingIpsRequest{}));
        return list ? list->items : QList<FloatingIp>{};
    };
    QTRY_VERIFY_WITH_TIMEOUT(floating().size() == 1 && floating().first().portId.has_value(), 10000);
    const QString address = floating().first().floatingIpAddress;
    QTRY_VERIFY_WITH_TIMEOUT(m_section->actionBanner()->isVisible(), 5000);
    QCOMPARE(m_section->actionBanner()->text(), QString(address + u" now reaches web."_qs));
    // Nova's view of the addresses follows; the store polls the server.
    QTRY_VERIFY_WITH_TIMEOUT(action(InstanceAction::ReleaseFloatingIp)->isEnabled(), 10000);

    action(InstanceAction::ReleaseFloatingIp)->trigger();
    auto* box = dialog<QMessageBox>(u"releaseConfirmation"_qs);
    QVERIFY(box);
    QCOMPARE(box->text(), QString(u"Release "_qs + address + u" from web?"_qs));
    box->findChild<QPushButton*>(u"confirmRelease"_qs)->click();
    QCOMPARE(m_commands->last().first().toString(), QString(u"openstack server remove floating ip web "_qs + address));
    QTRY_VERIFY_WITH_TIMEOUT(floating().size() == 1 && !floating().first().portId.has_value(), 10000);
}

void TestInstanceActions::consoleOpensTheBrowser()
{
    UrlSink sink;
    QDesktopServices::setUrlHandler(u"http"_qs, &sink, "open");
    QDesktopServices::setUrlHandler(u"https"_qs, &sink, "open");
    QVERIFY(create(u"web"_qs, 1).isEmpty());
    QVERIFY(waitForRows(1));
    select({u"web"_qs});
    action(InstanceAction::Console)->trigger();
    QCOMPARE(m_commands->last().first().toString(), u"openstack console url show web"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(sink.opened.size(), 1, 5000);
    QVERIFY(sink.opened.first().toString().contains(u"vnc"_qs));
    QDesktopServices::unsetUrlHandler(u"http"_qs);
    QDesktopServices::unsetUrlHandler(u"https"_qs);
}

QTEST_MAIN(TestInstanceActions)
#include "tst_instanceactions.moc"
