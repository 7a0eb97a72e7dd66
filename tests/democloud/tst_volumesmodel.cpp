#include "serverfixture.h"

#include "compute/attachservervolumerequest.h"
#include "compute/detachservervolumerequest.h"
#include "compute/getserverrequest.h"
#include "compute/listserversrequest.h"
#include "config/cloudconfigloader.h"
#include "config/configenvironment.h"
#include "stores/volumesnapshotstore.h"
#include "stores/volumestore.h"
#include "volume/createvolumerequest.h"
#include "volume/createvolumesnapshotrequest.h"
#include "volume/deletevolumerequest.h"
#include "volume/extendvolumerequest.h"
#include "volume/getvolumerequest.h"
#include "volume/snapshotsmodel.h"
#include "volume/volumesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace zenith;
using namespace zenith::test;

namespace {

PollTiming fastTiming()
{
    PollTiming t;
    t.stableRefresh = std::chrono::milliseconds(60000);
    t.firstPoll = std::chrono::milliseconds(10);
    t.maxPoll = std::chrono::milliseconds(40);
    t.pageSize = 2;
    return t;
}

} // namespace

// The volume store and the Volumes model (under QAbstractItemModelTester) against the demo cloud,
// whose Cinder moves volumes on a cloud second later (20 times faster here).
class TestVolumesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<ServerFixture>(20);
        QVERIFY(m_fx->started);
        m_store = std::make_unique<VolumeStore>();
        m_store->setTiming(fastTiming());
        m_store->setSession(m_fx->session.get());
        m_model = std::make_unique<VolumesModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setStore(m_store.get());
        // Every status a row showed, in order, per volume id: the transitions the user saw.
        connect(m_model.get(), &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex& from, const QModelIndex& to) {
                    for (int row = from.row(); row <= to.row(); ++row)
                        record(m_model->itemAt(row));
                });
        connect(m_model.get(), &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex&, int first, int last) {
                    for (int row = first; row <= last; ++row)
                        record(m_model->itemAt(row));
                });
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_store.reset();
        m_fx.reset();
        m_seen.clear();
    }

    void listsPageByPage()
    {
        for (int i = 1; i <= 5; ++i)
            QVERIFY(!createVolume(QStringLiteral("vol-%1").arg(i)).isEmpty());
        QSignalSpy finished(m_store.get(), &VolumeStore::loadingFinished);
        QSignalSpy added(m_store.get(), &VolumeStore::volumesAdded);
        m_store->start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_model->rowCount(), 5);
        QVERIFY(added.size() >= 3); // pages of 2: 2 + 2 + 1
        QStringList names;
        for (int row = 0; row < m_model->rowCount(); ++row)
            names << m_model->index(row, VolumesModel::Name).data().toString();
        names.sort();
        QCOMPARE(names, (QStringList{u"vol-1"_qs, u"vol-2"_qs, u"vol-3"_qs, u"vol-4"_qs, u"vol-5"_qs}));
        QCOMPARE(m_model->index(0, VolumesModel::Size).data().toString(), u"1 GiB"_qs);
    }

    void createdVolumeGoesAvailableByItself()
    {
        startEmpty();
        CreateVolumeRequest create;
        create.name = QStringLiteral("db-data");
        create.size = 2;
        const auto created = awaitResult(m_fx->session->send(create));
        QVERIFY(created);
        m_store->insert(*created);
        QCOMPARE(m_model->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(created->id), u"available"_qs, 5000);
        QCOMPARE(m_seen.value(created->id).first(), u"creating"_qs);
        QCOMPARE(m_model->index(0, VolumesModel::Status).data().toString(), u"Available"_qs);
    }

    void attachDetachExtendDeleteArePolled()
    {
        startEmpty();
        const QString server = activeServer();
        QVERIFY(!server.isEmpty());
        lifecycle(m_fx->session.get(), server);
    }

    // The same on a live cloud: ZENITH_VOLUME_CLOUD names a clouds.yaml entry (OS_CLIENT_CONFIG_FILE),
    // ZENITH_VOLUME_SERVER an ACTIVE server of it to attach to.
    void liveCloudLifecycle()
    {
        const QString cloudName = qEnvironmentVariable("ZENITH_VOLUME_CLOUD");
        const QString server = qEnvironmentVariable("ZENITH_VOLUME_SERVER");
        if (cloudName.isEmpty() || server.isEmpty())
            QSKIP("set ZENITH_VOLUME_CLOUD and ZENITH_VOLUME_SERVER to run against a live cloud");
        const auto cloud = CloudConfigLoader(ConfigEnvironment::system()).loadCloud(cloudName);
        QVERIFY(cloud);
        Session session(cloud.value());
        m_store->setSession(&session);
        startEmpty();
        lifecycle(&session, server);
        qInfo() << "statuses seen:" << m_seen;
        m_store->setSession(nullptr);
    }

    void refreshSeesOtherClients()
    {
        const QString kept = createVolume(QStringLiteral("kept"));
        const QString gone = createVolume(QStringLiteral("gone"));
        QVERIFY(!kept.isEmpty() && !gone.isEmpty());
        PollTiming timing = fastTiming();
        timing.stableRefresh = std::chrono::milliseconds(100);
        m_store->setTiming(timing);
        QSignalSpy finished(m_store.get(), &VolumeStore::loadingFinished);
        m_store->start();
        QVERIFY(finished.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(gone), u"available"_qs, 5000);
        // Another client deletes one and creates one: the periodic listing brings both.
        QVERIFY(awaitResult(m_fx->session->send(DeleteVolumeRequest{gone})));
        const QString fresh = createVolume(QStringLiteral("fresh"));
        QTRY_VERIFY_WITH_TIMEOUT(m_model->rowOf(gone) < 0 && m_model->rowOf(fresh) >= 0, 8000);
        QVERIFY(m_model->rowOf(kept) >= 0);
    }

    void listingFailureKeepsRows()
    {
        QVERIFY(!createVolume(QStringLiteral("safe")).isEmpty());
        QSignalSpy finished(m_store.get(), &VolumeStore::loadingFinished);
        m_store->start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_model->rowCount(), 1);
        demo::DemoFaults faults;
        faults.errorRate.insert(u"volume"_qs, 1.0);
        m_fx->cloud->setFaults(faults);
        QSignalSpy failed(m_store.get(), &VolumeStore::failed);
        m_store->refresh();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<ApiError>().httpStatus, 503);
        QCOMPARE(m_model->rowCount(), 1);
        m_fx->cloud->setFaults({});
    }

    void sessionChangeEmptiesTheTable()
    {
        QVERIFY(!createVolume(QStringLiteral("mine")).isEmpty());
        QSignalSpy finished(m_store.get(), &VolumeStore::loadingFinished);
        m_store->start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_model->rowCount(), 1);
        m_store->setSession(nullptr);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void snapshotsCreatingThenAvailable()
    {
        const QString volume = createVolume(QStringLiteral("src"));
        QVERIFY(!volume.isEmpty());
        VolumeSnapshotStore store;
        store.setTiming(fastTiming());
        store.setSession(m_fx->session.get());
        SnapshotsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        model.setVolumeNames({{volume, u"src"_qs}});
        QSignalSpy finished(&store, &VolumeSnapshotStore::loadingFinished);
        store.start();
        QVERIFY(finished.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(awaitResult(m_fx->session->send(GetVolumeRequest{volume}))->status == u"available",
                                 5000);
        CreateVolumeSnapshotRequest create;
        create.volumeId = volume;
        create.name = QStringLiteral("src-snap");
        const auto snap = awaitResult(m_fx->session->send(create));
        QVERIFY(snap);
        store.insert(*snap);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, SnapshotsModel::SourceVolume).data().toString(), u"src"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(model.index(0, SnapshotsModel::Status).data().toString(), u"Available"_qs, 5000);
    }

private:
    // create -> attach -> extend (attached) -> detach -> extend -> delete, each seen through the
    // store's polling alone (watch() after each action, as the GUI does).
    void lifecycle(Session* session, const QString& server)
    {
        const QString name = QStringLiteral("zenith-volume-store-%1").arg(QCoreApplication::applicationPid());
        m_model->setServerNames({{server, u"db1"_qs}});
        CreateVolumeRequest create;
        create.name = name;
        create.size = 1;
        const auto created = awaitResult(session->send(create));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        const QString id = created->id;
        m_store->insert(*created);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"available"_qs, 30000);

        AttachServerVolumeRequest attach;
        attach.serverId = server;
        attach.volumeId = id;
        QVERIFY(awaitResult(session->send(attach)));
        m_store->watch(id);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"in-use"_qs, 30000);
        const int row = m_model->rowOf(id);
        QVERIFY(m_model->index(row, VolumesModel::AttachedTo).data().toString().startsWith(u"db1"));

        QVERIFY(awaitResult(session->send(ExtendVolumeRequest{id, 2, true})));
        m_store->watch(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_model->itemAt(m_model->rowOf(id)).size, 2, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"in-use"_qs, 30000);

        QVERIFY(awaitResult(session->send(DetachServerVolumeRequest{server, id})));
        m_store->watch(id);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"available"_qs, 30000);
        QVERIFY(m_model->index(m_model->rowOf(id), VolumesModel::AttachedTo).data().toString().isEmpty());

        QVERIFY(awaitResult(session->send(ExtendVolumeRequest{id, 3, false})));
        m_store->watch(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_model->itemAt(m_model->rowOf(id)).size, 3, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"available"_qs, 30000);

        QSignalSpy removed(m_store.get(), &VolumeStore::volumesRemoved);
        QVERIFY(awaitResult(session->send(DeleteVolumeRequest{id})));
        m_store->watch(id);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->rowOf(id) < 0, 30000);
        QCOMPARE(removed.size(), 1);

        // What the table showed along the way: never a refresh by hand.
        const QStringList seen = m_seen.value(id);
        QVERIFY2(seen.contains(u"in-use"_qs) && seen.contains(u"available"_qs), qPrintable(seen.join(u", ")));
        QVERIFY2(seen.contains(u"extending"_qs) || seen.contains(u"detaching"_qs) || seen.contains(u"creating"_qs),
                 qPrintable(seen.join(u", ")));
    }

    void record(const Volume& volume)
    {
        QStringList& seen = m_seen[volume.id];
        if (seen.isEmpty() || seen.last() != volume.status)
            seen << volume.status;
    }

    void startEmpty()
    {
        QSignalSpy finished(m_store.get(), &VolumeStore::loadingFinished);
        m_store->start();
        QVERIFY(finished.wait(5000));
    }

    QString statusOf(const QString& id) const
    {
        const int row = m_model->rowOf(id);
        return row < 0 ? QString() : m_model->itemAt(row).status;
    }

    QString createVolume(const QString& name)
    {
        CreateVolumeRequest create;
        create.name = name;
        create.size = 1;
        const auto created = awaitResult(m_fx->session->send(create));
        return created ? created->id : QString();
    }

    QString activeServer()
    {
        if (!m_fx->create(QStringLiteral("db1"), 1).isEmpty())
            return {};
        const auto servers = awaitResult(m_fx->session->send(ListServersRequest{}));
        if (!servers || servers->items.isEmpty())
            return {};
        const QString id = servers->items.first().id;
        if (!QTest::qWaitFor(
                [&] {
                    const auto server = awaitResult(m_fx->session->send(GetServerRequest{id}));
                    return server && server->status == u"ACTIVE";
                },
                10000))
            return {};
        return id;
    }

    std::unique_ptr<ServerFixture> m_fx;
    std::unique_ptr<VolumeStore> m_store;
    std::unique_ptr<VolumesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QHash<QString, QStringList> m_seen;
};

QTEST_MAIN(TestVolumesModel)
#include "tst_volumesmodel.moc"
