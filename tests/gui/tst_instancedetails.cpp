#include "../democloud/serverfixture.h"

#include "common/detailstable.h"
#include "common/messagebanner.h"
#include "compute/attachservervolumerequest.h"
#include "compute/createkeypairrequest.h"
#include "compute/createservergrouprequest.h"
#include "compute/deleteserverrequest.h"
#include "compute/getserverrequest.h"
#include "compute/instanceconsoletab.h"
#include "compute/instancedetails.h"
#include "compute/instancemetadatatab.h"
#include "compute/instanceoverviewtab.h"
#include "compute/instancesview.h"
#include "compute/listserveractionsrequest.h"
#include "compute/stopserverrequest.h"
#include "network/createnetworkrequest.h"
#include "network/createsubnetrequest.h"
#include "stores/imagestore.h"
#include "stores/serverstore.h"
#include "volume/createvolumerequest.h"
#include "volume/getvolumerequest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace zenith;
using namespace zenith::test;

namespace {

ServerStore::Timing fastTiming()
{
    ServerStore::Timing t;
    t.stableRefresh = std::chrono::milliseconds(60000);
    t.firstPoll = std::chrono::milliseconds(50);
    t.maxPoll = std::chrono::milliseconds(200);
    return t;
}

QStringList column(const DetailsTable* table, int col)
{
    QStringList out;
    for (int row = 0; row < table->table()->rowCount(); ++row)
        out << table->table()->item(row, col)->text();
    return out;
}

//! The demo cloud with a lab network, a key pair, the stores and a details panel on them.
struct Lab
{
    Lab()
    {
        ListImagesRequest debian;
        debian.name = QStringLiteral("Debian 12");
        const auto images = awaitResult(fx.session->send(debian));
        const auto flavors = awaitResult(fx.session->send(ListFlavorsRequest{}));
        if (images && !images->items.isEmpty())
            imageId = images->items.first().id;
        for (const Flavor& f : flavors ? flavors->items : QList<Flavor>{}) {
            if (f.name == u"d2-2")
                flavorId = f.id;
        }
        CreateNetworkRequest network;
        network.name = QStringLiteral("lab-net");
        const auto net = awaitResult(fx.session->send(network));
        if (net) {
            networkId = net->id;
            CreateSubnetRequest subnet;
            subnet.networkId = net->id;
            subnet.cidr = QStringLiteral("10.0.0.0/24");
            subnet.name = QStringLiteral("lab-subnet");
            ready = awaitResult(fx.session->send(subnet)).ok();
        }
        QFile key(qEnvironmentVariable("ZENITH_TEST_DATA") + QStringLiteral("/keys/id_ed25519.pub"));
        if (key.open(QIODevice::ReadOnly)) {
            CreateKeypairRequest keypair;
            keypair.name = QStringLiteral("mykey");
            keypair.publicKey = QString::fromLatin1(key.readAll()).trimmed();
            ready = ready && awaitResult(fx.session->send(keypair)).ok();
        }
        servers.setTiming(fastTiming());
        details.setStores(&servers, &images_);
        details.console()->setFollowInterval(std::chrono::milliseconds(50));
        details.resize(1000, 420);
    }

    //! Creates a server (or `count`), returns the first id; empty on failure.
    QString create(const QString& name, const QString& fixedIp = {}, int count = 1, const QString& group = {})
    {
        CreateServerRequest create;
        create.name = name;
        create.imageRef = imageId;
        create.flavorRef = flavorId;
        create.keyName = QStringLiteral("mykey");
        create.nics = {ServerNic::network(networkId, fixedIp)};
        create.metadata = {{QStringLiteral("course"), QStringLiteral("net101")}};
        create.tags = {QStringLiteral("lab1")};
        create.minCount = create.maxCount = count;
        if (!group.isEmpty())
            create.serverGroupId = group;
        const auto created = awaitResult(fx.session->send(create));
        return created ? created->id : QString();
    }

    //! Waits until a server leaves BUILD (and any task); returns its status.
    QString settle(const QString& id)
    {
        QString status;
        const bool done = QTest::qWaitFor(
            [&] {
                const auto server = awaitResult(fx.session->send(GetServerRequest{id}));
                status = server ? server->status : QString();
                return server && server->status != u"BUILD" && server->taskState.isEmpty();
            },
            20000);
        return done ? status : QString();
    }

    //! Lists the servers into the store and shows the panel.
    bool start()
    {
        servers.setSession(fx.session.get());
        images_.setSession(fx.session.get());
        details.setSession(fx.session.get());
        QSignalSpy loaded(&servers, &ServerStore::loadingFinished);
        QSignalSpy imagesLoaded(&images_, &ImageStore::loadingFinished);
        servers.start();
        images_.load();
        details.show();
        return loaded.wait(10000) && (imagesLoaded.count() > 0 || imagesLoaded.wait(10000));
    }

    ServerFixture fx;
    ServerStore servers;
    ImageStore images_;
    InstanceDetails details;
    QString imageId;
    QString flavorId;
    QString networkId;
    bool ready = false;
};

} // namespace

// The Instances pane's details panel against the demo cloud: each tab, lazy loading, follow
// mode, stale answers and a server deleted meanwhile.
class TestInstanceDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<Server>>();
        qRegisterMetaType<ApiError>();
    }

    void placeholderWithoutServer()
    {
        InstanceDetails details;
        details.show();
        QVERIFY(!details.tabs()->isVisible());
    }

    void overviewShowsTheServer()
    {
        Lab lab;
        QVERIFY(lab.ready);
        const QString id = lab.create(QStringLiteral("web1"), QStringLiteral("10.0.0.42"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(lab.settle(id), QStringLiteral("ACTIVE"));
        QVERIFY(lab.start());
        lab.details.setServerId(id);
        InstanceOverviewTab* o = lab.details.overview();
        QCOMPARE(o->fieldText(InstanceOverviewTab::Name), QStringLiteral("web1"));
        QCOMPARE(o->fieldText(InstanceOverviewTab::Id), id);
        QCOMPARE(o->fieldText(InstanceOverviewTab::Status), QStringLiteral("Active"));
        QCOMPARE(o->fieldText(InstanceOverviewTab::Image), QStringLiteral("Debian 12"));
        QVERIFY2(o->fieldText(InstanceOverviewTab::Flavor).startsWith(u"d2-2: 1 vCPU"),
                 qPrintable(o->fieldText(InstanceOverviewTab::Flavor)));
        QVERIFY(o->fieldText(InstanceOverviewTab::Flavor).endsWith(u", 2 GiB RAM, 25 GiB disk"));
        QCOMPARE(o->fieldText(InstanceOverviewTab::KeyPair), QStringLiteral("mykey"));
        QCOMPARE(o->fieldText(InstanceOverviewTab::SecurityGroups), QStringLiteral("default"));
        QVERIFY(!o->fieldText(InstanceOverviewTab::AvailabilityZone).isEmpty());
        QVERIFY(!o->fieldText(InstanceOverviewTab::Created).isEmpty());
        QVERIFY(!o->fieldText(InstanceOverviewTab::HostId).isEmpty());
        QCOMPARE(o->fieldText(InstanceOverviewTab::Locked), QStringLiteral("No"));
        QVERIFY(!o->banner()->isVisible());
        QCOMPARE(lab.details.metadata()->tagsLabel()->text(), QStringLiteral("Tags: lab1"));
        QCOMPARE(column(lab.details.metadata()->metadataTable(), 0), QStringList{QStringLiteral("course")});
        // Lazy: nothing but the overview was asked for.
        for (auto part : {ServerDetailsStore::Part::Interfaces, ServerDetailsStore::Part::Volumes,
                          ServerDetailsStore::Part::ConsoleLog, ServerDetailsStore::Part::Actions})
            QVERIFY(!lab.details.store()->isLoading(part));
    }

    void overviewShowsTheFault()
    {
        Lab lab;
        QVERIFY(lab.ready);
        CreateServerGroupRequest group;
        group.name = QStringLiteral("spread");
        group.policy = QStringLiteral("anti-affinity");
        const auto created = awaitResult(lab.fx.session->send(group));
        QVERIFY(created.ok());
        // A one-host cloud cannot spread two servers: one of them gets "No valid host was found".
        QVERIFY(!lab.create(QStringLiteral("spread"), {}, 2, created->id).isEmpty());
        QVERIFY(lab.start());
        QString failedId;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const Server& s : lab.servers.servers()) {
                    lab.servers.watch(s.id);
                    if (s.status == u"ERROR")
                        failedId = s.id;
                }
                return !failedId.isEmpty();
            },
            20000));
        lab.details.setServerId(failedId);
        MessageBanner* banner = lab.details.overview()->banner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"No valid host was found") && banner->text().contains(u"500"),
                 qPrintable(banner->text()));
        QCOMPARE(lab.details.overview()->fieldText(InstanceOverviewTab::Status), QStringLiteral("Error"));
    }

    void interfacesShowTheFixedIp()
    {
        Lab lab;
        QVERIFY(lab.ready);
        const QString id = lab.create(QStringLiteral("web1"), QStringLiteral("10.0.0.42"));
        QCOMPARE(lab.settle(id), QStringLiteral("ACTIVE"));
        QVERIFY(lab.start());
        lab.details.setServerId(id);
        QSignalSpy loaded(lab.details.store(), &ServerDetailsStore::interfacesLoaded);
        lab.details.tabs()->setCurrentIndex(InstanceDetails::InterfacesTab);
        QVERIFY(loaded.wait(10000));
        DetailsTable* t = lab.details.interfaces();
        QCOMPARE(t->table()->rowCount(), 1);
        QCOMPARE(column(t, 1), QStringList{QStringLiteral("lab-net")});
        QCOMPARE(column(t, 2), QStringList{QStringLiteral("10.0.0.42")});
        QVERIFY(column(t, 3).constFirst().startsWith(u"fa:16:3e:"));
        QCOMPARE(column(t, 4), QStringList{QStringLiteral("ACTIVE")});
        QCOMPARE(column(t, 5), QStringList{QStringLiteral("default")});
        QCOMPARE(column(t, 6), QStringList{QStringLiteral("Enabled")});
        QVERIFY(!t->banner()->isVisible());
    }

    void attachedVolumeShows()
    {
        Lab lab;
        QVERIFY(lab.ready);
        const QString id = lab.create(QStringLiteral("db1"), QStringLiteral("10.0.0.43"));
        CreateVolumeRequest create;
        create.name = QStringLiteral("data1");
        create.size = 2;
        const auto volume = awaitResult(lab.fx.session->send(create));
        QVERIFY(volume.ok());
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto v = awaitResult(lab.fx.session->send(GetVolumeRequest{volume->id}));
                return v && v->status == u"available";
            },
            20000));
        QCOMPARE(lab.settle(id), QStringLiteral("ACTIVE"));
        AttachServerVolumeRequest attach;
        attach.serverId = id;
        attach.volumeId = volume->id;
        QVERIFY(awaitResult(lab.fx.session->send(attach)).ok());
        QVERIFY(lab.start());
        lab.details.tabs()->setCurrentIndex(InstanceDetails::VolumesTab);
        QSignalSpy loaded(lab.details.store(), &ServerDetailsStore::volumesLoaded);
        lab.details.setServerId(id);
        QVERIFY(loaded.wait(10000));
        DetailsTable* t = lab.details.volumes();
        QCOMPARE(t->table()->rowCount(), 1);
        QCOMPARE(column(t, 0), QStringList{QStringLiteral("/dev/vdb")});
        QCOMPARE(column(t, 1), QStringList{QStringLiteral("data1")});
        QCOMPARE(column(t, 2), QStringList{QStringLiteral("2 GiB")});
        QCOMPARE(column(t, 4), QStringList{volume->id});
    }

    void consoleLogTailAndFollow()
    {
        Lab lab;
        QVERIFY(lab.ready);
        const QString id = lab.create(QStringLiteral("web1"), QStringLiteral("10.0.0.42"));
        QCOMPARE(lab.settle(id), QStringLiteral("ACTIVE"));
        QVERIFY(lab.start());
        lab.details.setServerId(id);
        InstanceConsoleTab* console = lab.details.console();
        QSignalSpy loaded(lab.details.store(), &ServerDetailsStore::consoleLogLoaded);
        lab.details.tabs()->setCurrentIndex(InstanceDetails::ConsoleTab);
        QVERIFY(loaded.wait(10000));
        QVERIFY(console->view()->toPlainText().contains(u"10.0.0.42"));
        QVERIFY(console->view()->toPlainText().trimmed().endsWith(u"login:"));

        console->linesBox()->setCurrentIndex(0); // 50 lines, then fewer
        QVERIFY(loaded.wait(10000));
        QVERIFY(console->view()->toPlainText().split(u'\n').size() <= 50);

        console->searchField()->setText(QStringLiteral("cloud-init"));
        QCOMPARE(console->matchCount(), 4); // case-insensitive, like a browser's find bar
        QTest::keyClick(console->searchField(), Qt::Key_Return);
        QVERIFY(console->view()->textCursor().selectedText() == u"cloud-init");

        QVERIFY(!console->isFollowing());
        console->followBox()->setChecked(true);
        QVERIFY(console->isFollowing());
        loaded.clear();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 3, 10000); // the timer keeps asking

        // Hidden (another tab): no more polling.
        lab.details.tabs()->setCurrentIndex(InstanceDetails::OverviewTab);
        QVERIFY(!console->isFollowing());
        QTRY_VERIFY_WITH_TIMEOUT(!lab.details.store()->isLoading(ServerDetailsStore::Part::ConsoleLog), 5000);
        loaded.clear();
        QVERIFY(!loaded.wait(400));
        // Shown again: following resumes.
        lab.details.tabs()->setCurrentIndex(InstanceDetails::ConsoleTab);
        QVERIFY(console->isFollowing());
        QVERIFY(loaded.wait(5000));
    }

    void actionLogListsCreateAndStop()
    {
        Lab lab;
        QVERIFY(lab.ready);
        const QString id = lab.create(QStringLiteral("web1"), QStringLiteral("10.0.0.42"));
        QCOMPARE(lab.settle(id), QStringLiteral("ACTIVE"));
        QVERIFY(lab.start());
        lab.details.setServerId(id);
        QSignalSpy loaded(lab.details.store(), &ServerDetailsStore::actionsLoaded);
        lab.details.tabs()->setCurrentIndex(InstanceDetails::ActionsTab);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(column(lab.details.actions(), 0), QStringList{QStringLiteral("create")});

        // The stop lands through the store's polling: the shown tab refreshes on its own.
        QVERIFY(awaitResult(lab.fx.session->send(StopServerRequest{id})).ok());
        lab.servers.watch(id);
        QTRY_COMPARE_WITH_TIMEOUT(column(lab.details.actions(), 0),
                                  (QStringList{QStringLiteral("stop"), QStringLiteral("create")}), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(lab.details.overview()->fieldText(InstanceOverviewTab::Status),
                                  QStringLiteral("Shut off"), 10000);
        const auto actions = awaitResult(lab.fx.session->send(ListServerActionsRequest{id, {}, {}}));
        QVERIFY(actions.ok());
        QStringList requestIds;
        for (const ServerAction& a : actions->items)
            requestIds << a.requestId;
        QCOMPARE(column(lab.details.actions(), 1), requestIds);
        QVERIFY(requestIds.constFirst().startsWith(u"req-"));
    }

    void staleAnswersIgnored()
    {
        Lab lab;
        QVERIFY(lab.ready);
        const QString a = lab.create(QStringLiteral("a"), QStringLiteral("10.0.0.10"));
        const QString b = lab.create(QStringLiteral("b"), QStringLiteral("10.0.0.11"));
        QCOMPARE(lab.settle(a), QStringLiteral("ACTIVE"));
        QCOMPARE(lab.settle(b), QStringLiteral("ACTIVE"));
        QVERIFY(lab.start());
        lab.details.tabs()->setCurrentIndex(InstanceDetails::InterfacesTab);
        QSignalSpy loaded(lab.details.store(), &ServerDetailsStore::interfacesLoaded);
        // Slow answers, so that a's are still under way when b is selected.
        demo::DemoFaults faults;
        faults.latencyMs = 150;
        lab.fx.cloud->setFaults(faults);
        lab.details.setServerId(a);
        lab.details.setServerId(b);
        QVERIFY(loaded.wait(10000));
        QVERIFY(!loaded.wait(500)); // a's answers land and are dropped
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.at(0).at(0).toString(), b);
        QCOMPARE(column(lab.details.interfaces(), 2), QStringList{QStringLiteral("10.0.0.11")});
    }

    void deletedServerShownPlainly()
    {
        Lab lab;
        QVERIFY(lab.ready);
        const QString id = lab.create(QStringLiteral("web1"), QStringLiteral("10.0.0.42"));
        QCOMPARE(lab.settle(id), QStringLiteral("ACTIVE"));
        QVERIFY(lab.start());
        lab.details.setServerId(id);
        // Deleted behind the store's back (another student, the CLI): the next fetch gets a 404.
        QVERIFY(awaitResult(lab.fx.session->send(DeleteServerRequest{id})).ok());
        QVERIFY(QTest::qWaitFor([&] { return !awaitResult(lab.fx.session->send(GetServerRequest{id})).ok(); }, 20000));
        QSignalSpy failed(lab.details.store(), &ServerDetailsStore::failed);
        lab.details.tabs()->setCurrentIndex(InstanceDetails::VolumesTab);
        QVERIFY(failed.wait(10000));
        DetailsTable* t = lab.details.volumes();
        QVERIFY(t->banner()->isVisible());
        QVERIFY2(t->banner()->text().startsWith(u"This instance no longer exists: it was deleted."),
                 qPrintable(t->banner()->text()));
        QVERIFY(t->banner()->text().contains(u"could not be found"));
        // Nova keeps a deleted server's action log readable (2.21): it ends on the deletion.
        QSignalSpy actions(lab.details.store(), &ServerDetailsStore::actionsLoaded);
        lab.details.tabs()->setCurrentIndex(InstanceDetails::ActionsTab);
        QVERIFY2(actions.wait(10000), qPrintable(lab.details.actions()->banner()->text()));
        QCOMPARE(column(lab.details.actions(), 0), (QStringList{QStringLiteral("delete"), QStringLiteral("create")}));
        QVERIFY(!lab.details.overview()->banner()->isHidden()); // on the Overview tab, not shown now
    }

    void instancesSectionFollowsTheCurrentRow()
    {
        Lab lab;
        QVERIFY(lab.ready);
        const QString id = lab.create(QStringLiteral("web1"), QStringLiteral("10.0.0.42"));
        QCOMPARE(lab.settle(id), QStringLiteral("ACTIVE"));
        InstancesSection section;
        section.resize(1100, 800);
        section.setSession(lab.fx.session.get());
        section.show();
        QSignalSpy loaded(section.store(), &ServerStore::loadingFinished);
        section.setActive(true);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(section.details()->serverId(), QString());
        section.view()->setCurrentIndex(section.view()->model()->index(0, 0));
        QCOMPARE(section.details()->serverId(), id);
        QCOMPARE(section.details()->overview()->fieldText(InstanceOverviewTab::Name), QStringLiteral("web1"));
    }

    // Not a check: with ZENITH_SHOTS_DIR set, renders the pane and each tab of a realistic server to PNG.
    void renders()
    {
        const QString dir = qEnvironmentVariable("ZENITH_SHOTS_DIR");
        if (dir.isEmpty())
            QSKIP("set ZENITH_SHOTS_DIR to render the details panel");
        QDir().mkpath(dir);
        Lab lab;
        QVERIFY(lab.ready);
        const QString id = lab.create(QStringLiteral("web1"), QStringLiteral("10.0.0.42"));
        QVERIFY(!lab.create(QStringLiteral("db1"), QStringLiteral("10.0.0.43")).isEmpty());
        CreateVolumeRequest create;
        create.name = QStringLiteral("data1");
        create.size = 10;
        const auto volume = awaitResult(lab.fx.session->send(create));
        QVERIFY(volume.ok());
        QCOMPARE(lab.settle(id), QStringLiteral("ACTIVE"));
        QVERIFY(QTest::qWaitFor(
            [&] { return awaitResult(lab.fx.session->send(GetVolumeRequest{volume->id}))->status == u"available"; },
            20000));
        AttachServerVolumeRequest attach;
        attach.serverId = id;
        attach.volumeId = volume->id;
        QVERIFY(awaitResult(lab.fx.session->send(attach)).ok());
        QVERIFY(awaitResult(lab.fx.session->send(StopServerRequest{id})).ok());
        QCOMPARE(lab.settle(id), QStringLiteral("SHUTOFF"));
        CreateServerGroupRequest group;
        group.name = QStringLiteral("spread");
        group.policy = QStringLiteral("anti-affinity");
        const auto spread = awaitResult(lab.fx.session->send(group));
        QVERIFY(!lab.create(QStringLiteral("spread"), {}, 2, spread->id).isEmpty());

        InstancesSection section;
        section.resize(1200, 860);
        section.setSession(lab.fx.session.get());
        section.show();
        QSignalSpy loaded(section.store(), &ServerStore::loadingFinished);
        section.setActive(true);
        QVERIFY(loaded.wait(10000));
        auto settled = [&] {
            const QList<Server> all = section.store()->servers();
            return std::none_of(all.cbegin(), all.cend(), [](const Server& s) { return s.status == u"BUILD"; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 20000);
        QAbstractItemModel* model = section.view()->model();
        auto rowOf = [&](const QString& name) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, 0).data().toString() == name)
                    return row;
            }
            return -1;
        };
        section.view()->setCurrentIndex(model->index(rowOf(QStringLiteral("web1")), 0));
        InstanceDetails* d = section.details();
        const char* names[] = {"overview", "interfaces", "volumes", "console", "actions", "metadata"};
        for (int tab = 0; tab < InstanceDetails::TabCount; ++tab) {
            d->tabs()->setCurrentIndex(tab);
            QTRY_VERIFY_WITH_TIMEOUT(!d->store()->isLoading(ServerDetailsStore::Part::Interfaces) &&
                                         !d->store()->isLoading(ServerDetailsStore::Part::Volumes) &&
                                         !d->store()->isLoading(ServerDetailsStore::Part::ConsoleLog) &&
                                         !d->store()->isLoading(ServerDetailsStore::Part::Actions),
                                     10000);
            if (tab == InstanceDetails::ConsoleTab)
                d->console()->searchField()->setText(QStringLiteral("cloud-init"));
            QCoreApplication::sendPostedEvents(); // the layouts, before grabbing
            QVERIFY(section.grab().save(dir + QStringLiteral("/details-%1.png").arg(QLatin1String(names[tab]))));
        }
        int failed = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 1).data().toString() == u"Error")
                failed = row;
        }
        QVERIFY(failed >= 0);
        d->tabs()->setCurrentIndex(InstanceDetails::OverviewTab);
        section.view()->setCurrentIndex(model->index(failed, 0));
        QVERIFY(section.grab().save(dir + QStringLiteral("/details-fault.png")));
    }
};

QTEST_MAIN(TestInstanceDetails)
#include "tst_instancedetails.moc"
