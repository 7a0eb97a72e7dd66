// The lab engine end to end: deploy the default lab, resume it (nothing created twice), tear it
// down (a dry run first), and find nothing tagged afterwards. On the demo cloud by default; on a
// clouds.yaml cloud with ZENITH_LAB_CLOUD=devcloud-demo (image tiny, flavor m1.nano, readiness off).

#include "compute/createkeypairrequest.h"
#include "compute/deletekeypairrequest.h"
#include "config/cloudconfigloader.h"
#include "core/session.h"
#include "democloud/democloud.h"
#include "lab/labdeployer.h"
#include "lab/labinventory.h"
#include "lab/labjournal.h"
#include "lab/labplanner.h"
#include "lab/labteardown.h"
#include "lab/labverifier.h"
#include "network/createnetworkrequest.h"
#include "network/listnetworksrequest.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace zenith;

namespace {

template <typename T> Result<T> await(QFuture<Result<T>> future, int ms = 60000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, ms))
        return ApiError::local(ApiError::Kind::Timeout, QStringLiteral("no answer"));
    return future.result();
}

} // namespace

class TestLabDeploy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<LabStepState>();
        qRegisterMetaType<ApiError>();
        const QString cloudName = qEnvironmentVariable("ZENITH_LAB_CLOUD");
        LabPlan plan;
        if (cloudName.isEmpty()) {
            DemoCloud::Options options;
            options.speed = 1000;
            m_cloud = std::make_unique<DemoCloud>(options);
            QString why;
            QVERIFY2(m_cloud->start(0, &why), qPrintable(why));
            m_session = std::make_unique<Session>(m_cloud->cloudConfig());
            plan.cloud = QStringLiteral("demo");
            plan.name = QStringLiteral("lab");
            plan.loadBalancer = plan.web = plan.database =
                plan.nameServer = {QStringLiteral("Debian 12"), QStringLiteral("d2-2")};
        } else {
            auto cloud = CloudConfigLoader(ConfigEnvironment::system()).loadCloud(cloudName);
            QVERIFY2(cloud.ok(), qPrintable(cloud.ok() ? QString() : cloud.error().toString()));
            m_session = std::make_unique<Session>(cloud.value());
            plan.cloud = cloudName;
            // Unique per run: a lab left over by a failed run never meets this one.
            // ZENITH_LAB_NAME picks one: `ZENITH_LAB_NAME=e2e123456 tst_labdeploy teardownLeavesNothingTagged`
            // removes what an interrupted run left.
            plan.name =
                qEnvironmentVariableIsSet("ZENITH_LAB_NAME")
                    ? qEnvironmentVariable("ZENITH_LAB_NAME")
                    : QStringLiteral("e2e") + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
            plan.loadBalancer = plan.web = plan.database =
                plan.nameServer = {QStringLiteral("tiny"), QStringLiteral("m1.nano")};
            plan.databaseVolumeGb = 1;
            m_waitForReadiness = false; // the fake driver prints no console log
        }
        QFile key(qEnvironmentVariable("ZENITH_TEST_DATA") + QStringLiteral("/compute/keypair-ed25519.pub"));
        QVERIFY(key.open(QIODevice::ReadOnly));
        CreateKeypairRequest import;
        import.name = plan.name + QStringLiteral("-key");
        import.publicKey = QString::fromUtf8(key.readAll()).trimmed();
        const auto keypair = await(m_session->send(import));
        // Conflict: the key of an interrupted run with the same ZENITH_LAB_NAME.
        QVERIFY2(keypair.ok() || keypair.error().kind == ApiError::Kind::Conflict,
                 qPrintable(keypair.ok() ? QString() : keypair.error().message));
        plan.keypair = import.name;
        m_topology = *LabTopology::of(plan);
        QVERIFY(m_journalDir.isValid());
        m_journal = m_journalDir.filePath(QStringLiteral("labs/") + plan.cloud + u'-' + plan.name + u".json");
    }

    void cleanupTestCase()
    {
        if (m_session && !m_topology.plan.keypair.isEmpty())
            (void)await(m_session->send(DeleteKeypairRequest{m_topology.plan.keypair}));
    }

    void deploysTheWholeLab()
    {
        const LabSecrets secrets = LabSecrets::generate();
        LabDeployer deployer(m_session.get(), m_topology, secrets, m_journal);
        deployer.setWaitForReadiness(m_waitForReadiness);
        QSignalSpy finished(&deployer, &LabDeployer::finished);
        QSignalSpy failed(&deployer, &LabDeployer::stepFailed);
        QSignalSpy changed(&deployer, &LabDeployer::stepChanged);
        QElapsedTimer clock;
        clock.start();
        timeline(&deployer, clock);
        deployer.start();
        QVERIFY(finished.wait(240000));
        for (const auto& f : failed)
            qWarning() << "failed:" << f.at(0).toString() << f.at(1).value<ApiError>().message;
        QCOMPARE(finished.first().first().toBool(), true);
        qInfo("deployed %lld steps in %lld ms, %d API calls, critical path %d", qlonglong(deployer.steps().size()),
              qlonglong(clock.elapsed()), deployer.apiCalls(), LabPlanner::criticalPathLength(deployer.steps()));
        for (const LabStep& step : deployer.steps()) {
            const LabStepState want = step.kind == LabStepKind::ServerReady && !m_waitForReadiness
                                          ? LabStepState::Skipped
                                          : LabStepState::Done;
            QVERIFY2(deployer.state(step.id) == want,
                     qPrintable(step.id + u' ' + labStepStateName(deployer.state(step.id))));
        }
        const LabDeployment deployment = deployer.deployment();
        QVERIFY(!deployment.publicIp.isEmpty());
        QCOMPARE(deployment.serverIds.size(), m_topology.servers.size());
        QVERIFY(deployment.resourceIds.contains(QStringLiteral("port:lb-private")));
        // Every step went Running, then Done (or Skipped).
        QCOMPARE(changed.size(), 2 * deployer.steps().size());

        // The journal holds every step and its resource, and never a password.
        QFile file(m_journal);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains(secrets.databasePassword.toUtf8()));
        QVERIFY(!text.contains(secrets.databaseRootPassword.toUtf8()));
        LabJournal journal(m_journal);
        QVERIFY(journal.load().ok());
        QCOMPARE(journal.entry(QStringLiteral("port:db")).resourceId, deployment.resourceIds.value(u"port:db"_qs));
        QCOMPARE(journal.entry(QStringLiteral("server:web1")).state, LabStepState::Done);
        m_firstDeployment = deployment;
    }

    void resumeFindsEverythingAndCreatesNothing()
    {
        QFile::remove(m_journal); // the tags are the truth, even without the journal
        LabDeployer again(m_session.get(), m_topology, LabSecrets::generate(), m_journal);
        again.setWaitForReadiness(m_waitForReadiness);
        QSignalSpy finished(&again, &LabDeployer::finished);
        again.start();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), true);
        for (const LabStep& step : again.steps()) {
            if (step.kind == LabStepKind::ServerReady)
                continue; // readiness is looked at again: the console log, no resource
            QVERIFY2(again.state(step.id) == LabStepState::AlreadyThere,
                     qPrintable(step.id + u' ' + labStepStateName(again.state(step.id))));
        }
        QCOMPARE(again.deployment().resourceIds.value(u"server:db"_qs),
                 m_firstDeployment.resourceIds.value(u"server:db"_qs));
        QCOMPARE(again.deployment().publicIp, m_firstDeployment.publicIp);
        qInfo("resumed with %d API calls", again.apiCalls());
        // Inventory (8 lists) + images, flavors, public network, key pair + console logs.
        QVERIFY2(again.apiCalls() <= 12 + (m_waitForReadiness ? 3 * m_topology.servers.size() : 0),
                 qPrintable(QString::number(again.apiCalls())));
    }

    void verifierFindsEverythingGreen()
    {
        LabVerifier verifier(m_session.get(), m_topology);
        verifier.setCheckReadiness(m_waitForReadiness);
        QSignalSpy checked(&verifier, &LabVerifier::finished);
        QSignalSpy failed(&verifier, &LabVerifier::failed);
        verifier.start();
        QVERIFY(checked.wait(60000));
        QVERIFY(failed.isEmpty());
        const auto checks = checked.first().first().value<QList<LabCheck>>();
        QVERIFY(!checks.isEmpty());
        for (const LabCheck& check : checks)
            QVERIFY2(check.passed, qPrintable(QString::number(int(check.kind)) + u": " + check.detail));
    }

    void dryRunListsWithoutDeleting()
    {
        LabTeardown teardown(m_session.get(), m_topology);
        QSignalSpy planned(&teardown, &LabTeardown::planned);
        QSignalSpy finished(&teardown, &LabTeardown::finished);
        QSignalSpy changed(&teardown, &LabTeardown::stepChanged);
        teardown.start(true);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(planned.size(), 1);
        const auto steps = planned.first().first().value<QList<LabStep>>();
        // Everything but rules (they go with their groups) and readiness (nothing to delete).
        qsizetype expected = 0;
        for (const LabStep& s : LabPlanner::deploySteps(m_topology))
            expected += s.kind != LabStepKind::SecurityGroupRule && s.kind != LabStepKind::ServerReady;
        QCOMPARE(steps.size(), expected);
        QCOMPARE(steps.last().id, u"network"_qs);
        QVERIFY(changed.isEmpty());
        QCOMPARE(inventory().ids.size(), m_firstDeployment.resourceIds.size());
    }

    void teardownLeavesNothingTagged()
    {
        LabTeardown teardown(m_session.get(), m_topology);
        QSignalSpy finished(&teardown, &LabTeardown::finished);
        QSignalSpy failed(&teardown, &LabTeardown::stepFailed);
        QElapsedTimer clock;
        clock.start();
        timeline(&teardown, clock);
        teardown.start(false);
        QVERIFY(finished.wait(240000));
        for (const auto& f : failed)
            qWarning() << "failed:" << f.at(0).toString() << f.at(1).value<ApiError>().message;
        QCOMPARE(finished.first().first().toBool(), true);
        qInfo("torn down in %lld ms, %d API calls", qlonglong(clock.elapsed()), teardown.apiCalls());
        const LabInventory left = inventory();
        QVERIFY2(left.ids.isEmpty(), qPrintable(left.ids.keys().join(u", ")));
        QVERIFY2(left.strays.isEmpty(), qPrintable(left.strays.keys().join(u", ")));
    }

    void failureStopsTheRunAndTeardownCleansUp()
    {
        if (!m_cloud)
            QSKIP("needs the demo cloud's quotas");
        // Room for two servers of the five: three creates fail with Nova's quota error.
        m_cloud->setComputeQuota(QStringLiteral("demo"), 2, 400, 200 * 4096);
        LabPlan plan = m_topology.plan;
        plan.name = QStringLiteral("quota");
        const LabTopology topology = *LabTopology::of(plan);
        LabDeployer deployer(m_session.get(), topology, LabSecrets::generate(), {});
        deployer.setWaitForReadiness(false);
        QSignalSpy finished(&deployer, &LabDeployer::finished);
        QSignalSpy failed(&deployer, &LabDeployer::stepFailed);
        deployer.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!failed.isEmpty());
        const auto error = failed.first().at(1).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::OverLimit);
        QVERIFY(failed.first().first().toString().startsWith(u"server:"_qs));
        int done = 0;
        for (const LabStep& step : deployer.steps()) {
            const LabStepState state = deployer.state(step.id);
            QVERIFY2(state != LabStepState::Running && state != LabStepState::Pending, qPrintable(step.id));
            done += state == LabStepState::Done;
            if (step.kind == LabStepKind::ServerReady || step.kind == LabStepKind::VolumeAttachment)
                QVERIFY(state != LabStepState::Done); // nothing new starts after a failure
        }
        QVERIFY(done > 20);
        m_cloud->setComputeQuota(QStringLiteral("demo"), 200, 400, 200 * 4096);

        LabTeardown teardown(m_session.get(), topology);
        QSignalSpy removed(&teardown, &LabTeardown::finished);
        teardown.start(false);
        QVERIFY(removed.wait(60000));
        QCOMPARE(removed.first().first().toBool(), true);
        QVERIFY(inventory(topology).ids.isEmpty());
    }

    void resumeAdoptsWhatOnlyTheJournalKnows()
    {
        if (!m_cloud)
            QSKIP("demo cloud only: it leaves an untagged network on purpose");
        // A run that stopped between a create and its tag: the network exists, untagged, and the
        // journal holds its id.
        LabPlan plan = m_topology.plan;
        plan.name = QStringLiteral("crashed");
        const LabTopology topology = *LabTopology::of(plan);
        CreateNetworkRequest create;
        create.name = topology.networkName;
        const auto network = await(m_session->send(create));
        QVERIFY(network.ok());
        const QString journalPath = m_journalDir.filePath(QStringLiteral("crashed.json"));
        LabJournal journal(journalPath);
        journal.record(QStringLiteral("network"), LabStepState::Running, network->id);
        QVERIFY(journal.save().ok());

        LabDeployer deployer(m_session.get(), topology, LabSecrets::generate(), journalPath);
        deployer.setWaitForReadiness(false);
        QSignalSpy finished(&deployer, &LabDeployer::finished);
        deployer.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(deployer.state(u"network"_qs), LabStepState::AlreadyThere);
        QCOMPARE(deployer.deployment().resourceIds.value(u"network"_qs), network->id);
        ListNetworksRequest named;
        named.name = topology.networkName;
        const auto networks = await(m_session->send(named));
        QVERIFY(networks.ok());
        QCOMPARE(networks->items.size(), 1); // adopted, not created twice

        LabTeardown teardown(m_session.get(), topology);
        QSignalSpy removed(&teardown, &LabTeardown::finished);
        teardown.start(false);
        QVERIFY(removed.wait(60000));
        QCOMPARE(removed.first().first().toBool(), true);
        QVERIFY(inventory(topology).ids.isEmpty());
    }

    void cancelStopsStartingSteps()
    {
        LabPlan plan = m_topology.plan;
        plan.name = QStringLiteral("cancelled");
        const LabTopology topology = *LabTopology::of(plan);
        LabDeployer deployer(m_session.get(), topology, LabSecrets::generate(), {});
        deployer.setWaitForReadiness(false);
        QSignalSpy finished(&deployer, &LabDeployer::finished);
        connect(&deployer, &LabDeployer::stepChanged, &deployer, [&deployer](const QString& id, LabStepState state) {
            if (id == u"network" && state == LabStepState::Done)
                deployer.cancel();
        });
        deployer.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        int cancelled = 0;
        for (const LabStep& step : deployer.steps()) {
            const LabStepState state = deployer.state(step.id);
            QVERIFY2(state != LabStepState::Running && state != LabStepState::Pending, qPrintable(step.id));
            cancelled += state == LabStepState::Cancelled;
        }
        QVERIFY(cancelled > 10);
        QCOMPARE(deployer.state(u"server:lb"_qs), LabStepState::Cancelled);

        LabTeardown teardown(m_session.get(), topology);
        QSignalSpy removed(&teardown, &LabTeardown::finished);
        teardown.start(false);
        QVERIFY(removed.wait(60000));
        QCOMPARE(removed.first().first().toBool(), true);
        QVERIFY(inventory(topology).ids.isEmpty());
    }

private:
    // ZENITH_LAB_TIMELINE=1: every step's changes with the time since the start, to see where time goes.
    template <typename Job> void timeline(Job* job, const QElapsedTimer& clock)
    {
        if (!qEnvironmentVariableIsSet("ZENITH_LAB_TIMELINE"))
            return;
        connect(job, &Job::stepChanged, this, [&clock](const QString& step, LabStepState state) {
            qInfo("%6lld ms  %-12s %s", qlonglong(clock.elapsed()), qPrintable(labStepStateName(state)),
                  qPrintable(step));
        });
    }

    LabInventory inventory() { return inventory(m_topology); }

    LabInventory inventory(const LabTopology& topology)
    {
        std::optional<Result<LabInventory>> read;
        LabInventory::read(*m_session, topology, this, [&read](const Result<LabInventory>& r) { read = r; });
        LabInventory failed;
        failed.ids.insert(QStringLiteral("(the inventory could not be read)"), {});
        if (!QTest::qWaitFor([&] { return read.has_value(); }, 60000) || !read->ok())
            return failed;
        return read->value();
    }

    std::unique_ptr<DemoCloud> m_cloud;
    std::unique_ptr<Session> m_session;
    LabTopology m_topology;
    LabDeployment m_firstDeployment;
    QTemporaryDir m_journalDir;
    QString m_journal;
    bool m_waitForReadiness = true;
};

QTEST_GUILESS_MAIN(TestLabDeploy)
#include "tst_labdeploy.moc"
