// The lab's database snapshot on demand, end to end: deploy the lab, snapshot its database volume
// (creating -> available), list it, see Cinder refuse to delete a volume that has snapshots, then
// tear down (the snapshot before the volume) and find nothing left. On the demo cloud by default;
// on a clouds.yaml cloud with ZENITH_LAB_CLOUD=devcloud-demo (image tiny, flavor m1.nano).

#include "core/session.h"
#include "core/waiter.h"
#include "lab/labdatabasesnapshot.h"
#include "lab/labdeployer.h"
#include "lab/labinventory.h"
#include "lab/labteardown.h"
#include "labtestcloud.h"
#include "volume/createvolumerequest.h"
#include "volume/createvolumesnapshotrequest.h"
#include "volume/deletevolumerequest.h"
#include "volume/deletevolumesnapshotrequest.h"
#include "volume/getvolumerequest.h"
#include "volume/getvolumesnapshotrequest.h"

#include <QSignalSpy>
#include <QTest>

using namespace zenith;
using namespace zenith::test;
using namespace std::chrono_literals;

namespace {

// Polls `get` until its status is `status`.
template <typename R> bool reaches(Session& session, const R& get, const QString& status)
{
    using T = typename R::Response;
    const auto done = await(poll<T, R>(session, get,
                                       [status](const Result<T>& r) -> std::optional<Result<T>> {
                                           if (!r || r->status == status || r->status.startsWith(u"error"))
                                               return r;
                                           return std::nullopt;
                                       },
                                       {.firstDelay = 200ms, .growth = 1.5, .maxDelay = 2s, .timeout = 2min}));
    return done && done->status == status;
}

} // namespace

class TestLabDatabaseSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<LabStepState>();
        qRegisterMetaType<ApiError>();
        qRegisterMetaType<VolumeSnapshot>();
        const QString why = m_lab.start(QStringLiteral("snap"), QStringLiteral("snap"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void cleanupTestCase()
    {
        if (!m_lab.session() || m_lab.topology().plan.name.isEmpty())
            return;
        LabTeardown teardown(m_lab.session(), m_lab.topology());
        QSignalSpy removed(&teardown, &LabTeardown::finished);
        teardown.start(false);
        (void)removed.wait(240000);
        if (!m_spareVolume.isEmpty())
            (void)await(m_lab.session()->send(DeleteVolumeRequest{m_spareVolume}));
        m_lab.removeKeypair();
    }

    void noVolumeNoSnapshot()
    {
        LabDatabaseSnapshot snapshot(m_lab.session(), m_lab.topology());
        QSignalSpy failed(&snapshot, &LabDatabaseSnapshot::failed);
        snapshot.take();
        QVERIFY(failed.wait(60000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::NotFound);
        QVERIFY(!snapshot.isTaking());
    }

    void deploy()
    {
        LabDeployer deployer(m_lab.session(), m_lab.topology(), LabSecrets::generate(), {});
        deployer.setWaitForReadiness(false);
        QSignalSpy finished(&deployer, &LabDeployer::finished);
        deployer.start();
        QVERIFY(finished.wait(240000));
        QCOMPARE(finished.first().first().toBool(), true);
    }

    void snapshotBecomesAvailableAndIsListed()
    {
        LabDatabaseSnapshot snapshot(m_lab.session(), m_lab.topology());
        QSignalSpy started(&snapshot, &LabDatabaseSnapshot::started);
        QSignalSpy changed(&snapshot, &LabDatabaseSnapshot::statusChanged);
        QSignalSpy taken(&snapshot, &LabDatabaseSnapshot::taken);
        QSignalSpy listed(&snapshot, &LabDatabaseSnapshot::listed);
        QSignalSpy failed(&snapshot, &LabDatabaseSnapshot::failed);
        snapshot.take();
        QVERIFY(snapshot.isTaking());
        QVERIFY(listed.wait(120000));
        for (const auto& f : failed)
            qWarning() << f.first().value<ApiError>().message;
        QVERIFY(failed.isEmpty());
        QCOMPARE(started.size(), 1);
        const QString name = started.first().first().toString();
        QVERIFY2(name.startsWith(m_lab.topology().plan.name + QStringLiteral("-db-20")), qPrintable(name));
        QCOMPARE(started.first().at(1).toString(),
                 QStringLiteral("openstack volume snapshot create --volume %1 --force --property zenith-lab=%2 %3")
                     .arg(m_lab.topology().volumeName, m_lab.topology().plan.name, name));
        // Cinder answers the POST with "creating"; the volume service makes it "available".
        QVERIFY(changed.size() >= 2);
        QCOMPARE(changed.first().first().value<VolumeSnapshot>().status, u"creating"_qs);
        QCOMPARE(changed.last().first().value<VolumeSnapshot>().status, u"available"_qs);
        QCOMPARE(taken.size(), 1);
        const auto made = taken.first().first().value<VolumeSnapshot>();
        QCOMPARE(made.name, name);
        QCOMPARE(made.metadata.value(u"zenith-lab"_qs), m_lab.topology().plan.name);
        const auto list = listed.first().first().value<QList<VolumeSnapshot>>();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().id, made.id);
        QCOMPARE(list.first().status, u"available"_qs);
        QVERIFY(!snapshot.isTaking());
        m_snapshotId = made.id;
        qInfo("snapshot taken with %d API calls", snapshot.apiCalls());
    }

    // The same answer from the demo cloud and the dev cloud: 400, "…must not … have snapshots…".
    void cinderRefusesToDeleteAVolumeWithSnapshots()
    {
        CreateVolumeRequest create;
        create.size = 1;
        create.name = m_lab.topology().plan.name + QStringLiteral("-spare");
        const auto volume = await(m_lab.session()->send(create));
        QVERIFY2(volume.ok(), qPrintable(volume.ok() ? QString() : volume.error().message));
        m_spareVolume = volume->id;
        QVERIFY(reaches(*m_lab.session(), GetVolumeRequest{volume->id}, u"available"_qs));
        CreateVolumeSnapshotRequest snap;
        snap.volumeId = volume->id;
        snap.name = create.name;
        const auto snapshot = await(m_lab.session()->send(snap));
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot->status, u"creating"_qs);
        QVERIFY(reaches(*m_lab.session(), GetVolumeSnapshotRequest{snapshot->id}, u"available"_qs));

        const auto refused = await(m_lab.session()->send(DeleteVolumeRequest{volume->id}));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().httpStatus, 400);
        QCOMPARE(refused.error().kind, ApiError::Kind::BadRequest);
        QVERIFY2(refused.error().message.contains(u"have snapshots"), qPrintable(refused.error().message));

        QVERIFY(await(m_lab.session()->send(DeleteVolumeSnapshotRequest{snapshot->id})).ok());
        const auto gone = await(poll<NoContent, GetVolumeSnapshotRequest>(
            *m_lab.session(), GetVolumeSnapshotRequest{snapshot->id},
            [](const Result<VolumeSnapshot>& r) -> std::optional<Result<NoContent>> {
                if (!r && r.error().kind == ApiError::Kind::NotFound)
                    return Result<NoContent>(NoContent{});
                return std::nullopt;
            },
            {.firstDelay = 200ms, .growth = 1.5, .maxDelay = 2s, .timeout = 2min}));
        QVERIFY(gone.ok());
        QVERIFY(await(m_lab.session()->send(DeleteVolumeRequest{volume->id})).ok());
        m_spareVolume.clear();
    }

    void dryRunDeletesTheSnapshotBeforeTheVolume()
    {
        LabTeardown teardown(m_lab.session(), m_lab.topology());
        QSignalSpy planned(&teardown, &LabTeardown::planned);
        QSignalSpy finished(&teardown, &LabTeardown::finished);
        teardown.start(true);
        QVERIFY(finished.wait(60000));
        const auto steps = planned.first().first().value<QList<LabStep>>();
        const QString id = QStringLiteral("snapshot:") + m_snapshotId;
        qsizetype snapshotAt = -1;
        qsizetype volumeAt = -1;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            if (steps.at(i).id == id)
                snapshotAt = i;
            if (steps.at(i).kind == LabStepKind::Volume) {
                volumeAt = i;
                QVERIFY(steps.at(i).dependsOn.contains(id));
            }
        }
        QVERIFY(snapshotAt >= 0);
        QVERIFY(volumeAt > snapshotAt);
        QCOMPARE(steps.at(snapshotAt).kind, LabStepKind::VolumeSnapshot);
        QVERIFY(steps.at(snapshotAt).command.startsWith(u"openstack volume snapshot delete "_qs));
    }

    void teardownRemovesTheSnapshotThenTheVolume()
    {
        LabTeardown teardown(m_lab.session(), m_lab.topology());
        QSignalSpy finished(&teardown, &LabTeardown::finished);
        QSignalSpy failed(&teardown, &LabTeardown::stepFailed);
        QStringList order;
        connect(&teardown, &LabTeardown::stepChanged, this, [&order](const QString& id, LabStepState state) {
            if (state == LabStepState::Done && (id.startsWith(u"snapshot:") || id == u"volume"))
                order.append(id.section(u':', 0, 0));
        });
        teardown.start(false);
        QVERIFY(finished.wait(240000));
        for (const auto& f : failed)
            qWarning() << "failed:" << f.at(0).toString() << f.at(1).value<ApiError>().message;
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(order, (QStringList{u"snapshot"_qs, u"volume"_qs}));
        const auto left = m_lab.inventory(m_lab.topology(), true);
        QVERIFY2(left, qPrintable(left ? QString() : left.error().message));
        QVERIFY2(left->ids.isEmpty(), qPrintable(left->ids.keys().join(u", ")));
        QVERIFY(left->strays.isEmpty());
        QVERIFY(left->snapshots.isEmpty());
    }

private:
    LabTestCloud m_lab;
    QString m_snapshotId;
    QString m_spareVolume;
};

QTEST_GUILESS_MAIN(TestLabDatabaseSnapshot)
#include "tst_labdatabasesnapshot.moc"
