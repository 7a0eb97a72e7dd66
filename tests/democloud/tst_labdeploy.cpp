// The lab engine end to end: deploy the default lab, resume it (nothing created twice), tear it
// down (a dry run first), and find nothing tagged afterwards. On the demo cloud by default; on a
// clouds.yaml cloud with ZENITH_LAB_CLOUD=devcloud-demo (image tiny, flavor m1.nano, readiness off).

#include "core/session.h"
#include "democloud/democloud.h"
#include "lab/labdeployer.h"
#include "lab/labinventory.h"
#include "lab/labjournal.h"
#include "lab/labplanner.h"
#include "lab/labteardown.h"
#include "lab/labverifier.h"
#include "labtestcloud.h"
#include "network/createnetworkrequest.h"
#include "network/listnetworksrequest.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zenith;
using namespace zenith::test;

class TestLabDeploy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<LabStepState>();
        qRegisterMetaType<ApiError>();
        // ZENITH_LAB_NAME=e2e123456 `tst_labdeploy teardownLeavesNothingTagged` removes what an
        // interrupted run on a shared cloud left.
        const QString why = m_lab.start(QStringLiteral("lab"), QStringLiteral("e2e"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_labs.append(m_lab.topology());
        QVERIFY(m_journalDir.isValid());
        m_journal = m_journalDir.filePath(QStringLiteral("labs/") + m_lab.topology().plan.cloud + u'-' +
                                          m_lab.topology().plan.name + u".json");
    }

    void cleanupTestCase()
    {
        // What a failed test left behind (a passing run already removed it all): torn down here so
        // that a shared cloud (the dev cloud's quota of ten security groups) stays usable.
        for (const LabTopology& lab : std::as_const(m_labs)) {
            LabTeardown teardown(m_lab.session(), lab);
            QSignalSpy removed(&teardown, &LabTeardown::finished);
            teardown.start(false);
            (void)removed.wait(240000);
        }
        m_lab.removeKeypair();
    }

    void deploysTheWholeLab()
    {
        const LabSecrets secrets = LabSecrets::generate();
        LabDeployer deployer(m_lab.session(), m_lab.topology(), secrets, m_journal);
        deployer.setWaitForReadiness(m_lab.hasConsoleLogs());
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
            const LabStepState want = step.kind == LabStepKind::ServerReady && !m_lab.hasConsoleLogs()
                                          ? LabStepState::Skipped
                                          : LabStepState::Done;
            QVERIFY2(deployer.state(step.id) == want,
                     qPrintable(step.id + u' ' + labStepStateName(deployer.state(step.id))));
        }
        const LabDeployment deployment = deployer.deployment();
        QVERIFY(!deployment.publicIp.isEmpty());
        QCOMPARE(deployment.serverIds.size(), m_lab.topology().servers.size());
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
        LabDeployer again(m_lab.session(), m_lab.topology(), LabSecrets::generate(), m_journal);
        again.setWaitForReadiness(m_lab.hasConsoleLogs());
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
        QVERIFY2(again.apiCalls() <= 12 + (m_lab.hasConsoleLogs() ? 3 * m_lab.topology().servers.size() : 0),
                 qPrintable(QString::number(again.apiCalls())));
    }

    void verifierFindsEverythingGreen()
    {
        LabVerifier verifier(m_lab.session(), m_lab.topology());
        verifier.setCheckReadiness(m_lab.hasConsoleLogs());
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
        LabTeardown teardown(m_lab.session(), m_lab.topology());
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
        for (const LabStep& s : LabPlanner::deploySteps(m_lab.topology()))
            expected += s.kind != LabStepKind::SecurityGroupRule && s.kind != LabStepKind::ServerReady;
        QCOMPARE(steps.size(), expected);
        QCOMPARE(steps.last().id, u"network"_qs);
        QVERIFY(changed.isEmpty());
        const auto found = m_lab.inventory(m_lab.topology());
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        QCOMPARE(found->ids.size(), m_firstDeployment.resourceIds.size());
    }

    void teardownLeavesNothingTagged()
    {
        LabTeardown teardown(m_lab.session(), m_lab.topology());
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
        const auto left = m_lab.inventory(m_lab.topology());
        QVERIFY2(left, qPrintable(left ? QString() : left.error().message));
        QVERIFY2(left->ids.isEmpty(), qPrintable(left->ids.keys().join(u", ")));
        QVERIFY2(left->strays.isEmpty(), qPrintable(left->strays.keys().join(u", ")));
    }

    void failureStopsTheRunAndTeardownCleansUp()
    {
        if (!m_lab.demoCloud())
            QSKIP("needs the demo cloud's quotas");
        // Room for two servers of the five: three creates fail with Nova's quota error.
        m_lab.demoCloud()->setComputeQuota(QStringLiteral("demo"), 2, 400, 200 * 4096);
        const LabTopology topology = otherLab(m_lab.topology().plan, QStringLiteral("quota"));
        LabDeployer deployer(m_lab.session(), topology, LabSecrets::generate(), {});
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
        m_lab.demoCloud()->setComputeQuota(QStringLiteral("demo"), 200, 400, 200 * 4096);

        tearDownCompletely(topology);
    }

    void serverInErrorFailsWithNovasFault()
    {
        // Strict anti-affinity on a one-host cloud (the demo and the dev cloud): the scheduler
        // finds no host for the second web server, which ends in ERROR with Nova's fault.
        LabPlan plan = m_lab.topology().plan;
        plan.webPolicy = LabServerGroupPolicy::AntiAffinity;
        const LabTopology topology = otherLab(plan, QStringLiteral("strict"));
        LabDeployer deployer(m_lab.session(), topology, LabSecrets::generate(), {});
        deployer.setWaitForReadiness(false);
        QSignalSpy finished(&deployer, &LabDeployer::finished);
        QSignalSpy failed(&deployer, &LabDeployer::stepFailed);
        deployer.start();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().startsWith(u"server:web"_qs));
        const auto error = failed.first().at(1).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Server);
        QVERIFY2(error.message.startsWith(u"No valid host was found."_qs), qPrintable(error.message));
        const QString failedWeb = failed.first().first().toString();
        const QString otherWeb = failedWeb.endsWith(u'1') ? u"server:web2"_qs : u"server:web1"_qs;
        QCOMPARE(deployer.state(otherWeb), LabStepState::Done);

        tearDownCompletely(topology);
    }

    void resumeAdoptsWhatOnlyTheJournalKnows()
    {
        if (!m_lab.demoCloud())
            QSKIP("demo cloud only: it leaves an untagged network on purpose");
        // A run that stopped between a create and its tag: the network exists, untagged, and the
        // journal holds its id.
        const LabTopology topology = otherLab(m_lab.topology().plan, QStringLiteral("crashed"));
        CreateNetworkRequest create;
        create.name = topology.networkName;
        const auto network = await(m_lab.session()->send(create));
        QVERIFY(network.ok());
        const QString journalPath = m_journalDir.filePath(QStringLiteral("crashed.json"));
        LabJournal journal(journalPath);
        journal.record(QStringLiteral("network"), LabStepState::Running, network->id);
        QVERIFY(journal.save().ok());

        LabDeployer deployer(m_lab.session(), topology, LabSecrets::generate(), journalPath);
        deployer.setWaitForReadiness(false);
        QSignalSpy finished(&deployer, &LabDeployer::finished);
        deployer.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(deployer.state(u"network"_qs), LabStepState::AlreadyThere);
        QCOMPARE(deployer.deployment().resourceIds.value(u"network"_qs), network->id);
        ListNetworksRequest named;
        named.name = topology.networkName;
        const auto networks = await(m_lab.session()->send(named));
        QVERIFY(networks.ok());
        QCOMPARE(networks->items.size(), 1); // adopted, not created twice

        tearDownCompletely(topology);
    }

    void cancelStopsStartingSteps()
    {
        const LabTopology topology = otherLab(m_lab.topology().plan, m_lab.topology().plan.name + QStringLiteral("c"));
        LabDeployer deployer(m_lab.session(), topology, LabSecrets::generate(), {});
        deployer.setWaitForReadiness(false);
        QSignalSpy finished(&deployer, &LabDeployer::finished);
        connect(&deployer, &LabDeployer::stepChanged, &deployer, [&deployer](const QString& id, LabStepState state) {
            if (id == u"subnet" && state == LabStepState::Running)
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

        tearDownCompletely(topology);
    }

private:
    //! A lab of one test's own, which cleanupTestCase() tears down if the test fails first.
    LabTopology otherLab(LabPlan plan, const QString& name)
    {
        plan.name = name;
        m_labs.append(*LabTopology::of(plan));
        return m_labs.constLast();
    }

    //! Tears the lab down and checks that nothing of it is left.
    void tearDownCompletely(const LabTopology& topology)
    {
        LabTeardown teardown(m_lab.session(), topology);
        QSignalSpy removed(&teardown, &LabTeardown::finished);
        teardown.start(false);
        QVERIFY(removed.wait(120000));
        QCOMPARE(removed.first().first().toBool(), true);
        const auto left = m_lab.inventory(topology);
        QVERIFY(left && left->ids.isEmpty());
    }

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

    LabTestCloud m_lab;
    QList<LabTopology> m_labs; //!< every lab a test deploys, torn down by cleanupTestCase()
    LabDeployment m_firstDeployment;
    QTemporaryDir m_journalDir;
    QString m_journal;
};

QTEST_GUILESS_MAIN(TestLabDeploy)
#include "tst_labdeploy.moc"
