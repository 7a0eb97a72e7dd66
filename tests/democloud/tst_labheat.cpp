// "Deploy with Heat" end to end: the lab's HOT template submitted as a stack, followed until it is
// complete, verified green by the lab's checklist, then torn down through its stack (found by
// name) and nothing of the lab left. On the demo cloud by default; on a clouds.yaml cloud with
// ZENITH_LAB_CLOUD=devcloud-demo (image tiny, flavor m1.nano, readiness off), as tst_labdeploy.

#include "compute/createkeypairrequest.h"
#include "compute/deletekeypairrequest.h"
#include "config/cloudconfigloader.h"
#include "core/session.h"
#include "democloud/democloud.h"
#include "lab/labheatdeployment.h"
#include "lab/labinventory.h"
#include "lab/labteardown.h"
#include "lab/labverifier.h"
#include "network/listsecuritygroupsrequest.h"
#include "orchestration/liststacksrequest.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
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

class TestLabHeat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiError>();
        qRegisterMetaType<std::optional<ApiError>>();
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
            m_pollMs = 50;
        } else {
            auto cloud = CloudConfigLoader(ConfigEnvironment::system()).loadCloud(cloudName);
            QVERIFY2(cloud.ok(), qPrintable(cloud.ok() ? QString() : cloud.error().toString()));
            m_session = std::make_unique<Session>(cloud.value());
            plan.cloud = cloudName;
            plan.name =
                qEnvironmentVariableIsSet("ZENITH_LAB_NAME")
                    ? qEnvironmentVariable("ZENITH_LAB_NAME")
                    : QStringLiteral("heat") + QString::number(QRandomGenerator::global()->bounded(10000, 99999));
            plan.loadBalancer = plan.web = plan.database =
                plan.nameServer = {QStringLiteral("tiny"), QStringLiteral("m1.nano")};
            plan.databaseVolumeGb = 1;
            m_checkReadiness = false; // the fake driver prints no console log
        }
        QFile key(qEnvironmentVariable("ZENITH_TEST_DATA") + QStringLiteral("/compute/keypair-ed25519.pub"));
        QVERIFY(key.open(QIODevice::ReadOnly));
        CreateKeypairRequest import;
        import.name = plan.name + QStringLiteral("-key");
        import.publicKey = QString::fromUtf8(key.readAll()).trimmed();
        const auto keypair = await(m_session->send(import));
        QVERIFY2(keypair.ok() || keypair.error().kind == ApiError::Kind::Conflict,
                 qPrintable(keypair.ok() ? QString() : keypair.error().message));
        plan.keypair = import.name;
        m_topology = *LabTopology::of(plan);
    }

    void cleanupTestCase()
    {
        // What a failed test left: the stack deleted, so a shared cloud stays usable.
        if (m_session && !m_topology.plan.name.isEmpty()) {
            LabHeatDeployment heat(m_session.get(), m_topology);
            heat.setPollInterval(m_pollMs * 20);
            QSignalSpy finished(&heat, &LabHeatDeployment::finished);
            heat.remove();
            (void)finished.wait(300000);
        }
        if (m_session && !m_topology.plan.keypair.isEmpty())
            (void)await(m_session->send(DeleteKeypairRequest{m_topology.plan.keypair}));
    }

    void theRequestCarriesThePasswordsAsParameters()
    {
        const LabSecrets secrets = LabSecrets::generate();
        const CreateStackRequest request = LabHeatDeployment::createRequest(m_topology, secrets);
        QCOMPARE(request.name, QString(m_topology.plan.name + QStringLiteral("-stack")));
        QCOMPARE(request.parameters.value(QStringLiteral("database_password")), secrets.databasePassword);
        QVERIFY(!request.templateText.contains(secrets.databasePassword.toUtf8()));
        QVERIFY(!request.templateText.contains(secrets.databaseRootPassword.toUtf8()));
        QCOMPARE(request.tags, QStringList{m_topology.plan.tag()});
    }

    void deploysTheLabAsAStack()
    {
        LabHeatDeployment heat(m_session.get(), m_topology);
        heat.setPollInterval(m_pollMs);
        heat.setWaitForReadiness(m_checkReadiness);
        QSignalSpy finished(&heat, &LabHeatDeployment::finished);
        QSignalSpy events(&heat, &LabHeatDeployment::eventsArrived);
        QElapsedTimer clock;
        clock.start();
        heat.create(LabSecrets::generate());
        QVERIFY(finished.wait(600000));
        const auto error = finished.first().at(1).value<std::optional<ApiError>>();
        QVERIFY2(finished.first().first().toBool(), qPrintable(error ? error->message : QString()));
        QCOMPARE(heat.stack()->status, QStringLiteral("CREATE_COMPLETE"));
        // Every resource of the template went IN_PROGRESS then COMPLETE, the stack too; no event twice.
        QSet<QString> ids;
        QSet<QString> completed;
        for (const StackEvent& e : heat.events()) {
            QVERIFY2(!ids.contains(e.id), qPrintable(e.id));
            ids.insert(e.id);
            if (e.resourceStatus == u"CREATE_COMPLETE")
                completed.insert(e.resourceName);
        }
        QVERIFY(completed.contains(QStringLiteral("server_db")));
        QVERIFY(completed.contains(QStringLiteral("db_volume_attachment")));
        QVERIFY(completed.contains(m_topology.plan.name + QStringLiteral("-stack")));
        QVERIFY(events.size() >= 2); // events came as they happened, not all at the end
        qInfo("created in %lld ms: %lld events, %d API calls", qlonglong(clock.elapsed()),
              qlonglong(heat.events().size()), heat.apiCalls());
        // The create, then two calls a poll (the stack and its new events), one poll an interval:
        // no call per resource or per event.
        // Readiness: one console tail per server not yet ready, a poll each interval.
        const qint64 polls = clock.elapsed() / m_pollMs + 2;
        QVERIFY2(heat.apiCalls() <= 1 + 2 * polls + (m_checkReadiness ? polls * m_topology.servers.size() : 0),
                 qPrintable(QString::number(heat.apiCalls())));
        QCOMPARE(heat.readyCount(), m_checkReadiness ? int(m_topology.servers.size()) : 0);
    }

    void theLabVerifiesGreen()
    {
        LabVerifier verifier(m_session.get(), m_topology);
        verifier.setCheckReadiness(m_checkReadiness);
        QSignalSpy checked(&verifier, &LabVerifier::finished);
        verifier.start();
        QVERIFY(checked.wait(60000));
        const auto checks = checked.first().first().value<QList<LabCheck>>();
        QVERIFY(!checks.isEmpty());
        for (const LabCheck& check : checks)
            QVERIFY2(check.passed, qPrintable(QString::number(int(check.kind)) + u": " + check.detail));
        // The template tags what Heat lets it tag: the lab's inventory finds its ports and servers.
        std::optional<Result<LabInventory>> inventory;
        QObject context;
        LabInventory::read(*m_session, m_topology, &context, [&](const Result<LabInventory>& i) { inventory = i; });
        QTRY_VERIFY_WITH_TIMEOUT(inventory.has_value(), 60000);
        QVERIFY(inventory->ok());
        const QStringList found = (*inventory)->ids.keys();
        QCOMPARE(found.filter(QStringLiteral("port:")).size(), m_topology.ports.size());
        QCOMPARE(found.filter(QStringLiteral("server:")).size(), m_topology.servers.size());
        QVERIFY2(found.contains(QStringLiteral("network")) && found.contains(QStringLiteral("subnet")),
                 qPrintable(found.join(u' ')));
    }

    // A teardown told nothing of Heat (a restart since, or `zenith lab teardown`) finds the stack
    // by name and deletes it as a whole: the security groups go too, which carry no tag.
    void theTeardownDeletesTheStackAsAWhole()
    {
        LabTeardown dryRun(m_session.get(), m_topology);
        QSignalSpy planned(&dryRun, &LabTeardown::planned);
        QSignalSpy dryRunDone(&dryRun, &LabTeardown::finished);
        dryRun.start(true);
        QVERIFY(dryRunDone.wait(60000));
        QVERIFY(dryRunDone.first().first().toBool());
        const auto steps = planned.first().first().value<QList<LabStep>>();
        QStringList ids;
        for (const LabStep& step : steps)
            ids.append(step.id);
        // What the stack made goes with it: only the stack is listed.
        QCOMPARE(ids, QStringList{QStringLiteral("stack")});
        QCOMPARE(steps.first().kind, LabStepKind::Stack);
        QCOMPARE(steps.first().command,
                 QString(u"openstack stack delete --yes --wait " + m_topology.plan.name + u"-stack"));

        LabTeardown teardown(m_session.get(), m_topology);
        QSignalSpy finished(&teardown, &LabTeardown::finished);
        teardown.start(false);
        QVERIFY(finished.wait(600000));
        QVERIFY(finished.first().first().toBool());
        std::optional<Result<LabInventory>> inventory;
        QObject context;
        LabInventory::read(*m_session, m_topology, &context, [&](const Result<LabInventory>& i) { inventory = i; });
        QTRY_VERIFY_WITH_TIMEOUT(inventory.has_value(), 60000);
        QVERIFY(inventory->ok());
        QVERIFY2((*inventory)->ids.isEmpty(), qPrintable(QStringList((*inventory)->ids.keys()).join(u' ')));
        const auto groups = await(m_session->send(ListSecurityGroupsRequest{}));
        QVERIFY(groups.ok());
        for (const SecurityGroup& group : groups->items)
            QVERIFY2(!group.name.startsWith(m_topology.plan.name + u'-'), qPrintable(group.name));
        ListStacksRequest stacks;
        stacks.name = m_topology.plan.name + QStringLiteral("-stack");
        const auto found = await(m_session->send(stacks));
        QVERIFY(found.ok());
        for (const Stack& stack : found->items)
            QCOMPARE(stack.status, QStringLiteral("DELETE_COMPLETE"));

        // No stack any more: deleting it again is success at once.
        LabHeatDeployment heat(m_session.get(), m_topology);
        QSignalSpy removed(&heat, &LabHeatDeployment::finished);
        heat.remove();
        QVERIFY(removed.wait(60000));
        QVERIFY(removed.first().first().toBool());
    }

    void aFailingResourceFailsTheStackWithHeatsReason()
    {
        if (!m_cloud)
            QSKIP("on the demo cloud only (a dev-cloud stack failing takes its quota for a while)");
        LabPlan plan = m_topology.plan;
        plan.name = QStringLiteral("broken");
        plan.database.image = QStringLiteral("No Such Image");
        const LabTopology topology = *LabTopology::of(plan);
        LabHeatDeployment heat(m_session.get(), topology);
        heat.setPollInterval(m_pollMs);
        QSignalSpy finished(&heat, &LabHeatDeployment::finished);
        heat.create(LabSecrets::generate());
        QVERIFY(finished.wait(600000));
        QVERIFY(!finished.first().first().toBool());
        QCOMPARE(heat.stack()->status, QStringLiteral("CREATE_FAILED"));
        const auto failure = heat.failure();
        QVERIFY(failure);
        QCOMPARE(failure->resourceName, QStringLiteral("server_db"));
        QVERIFY2(failure->resourceStatusReason.contains(QStringLiteral("No Such Image")),
                 qPrintable(failure->resourceStatusReason));
        QVERIFY2(heat.stack()->statusReason.startsWith(QStringLiteral("Resource CREATE failed: ")),
                 qPrintable(heat.stack()->statusReason));
        finished.clear();
        heat.remove();
        QVERIFY(finished.wait(600000));
        QVERIFY(finished.first().first().toBool());
    }

private:
    std::unique_ptr<DemoCloud> m_cloud;
    std::unique_ptr<Session> m_session;
    LabTopology m_topology;
    bool m_checkReadiness = true;
    int m_pollMs = 2000;
};

QTEST_GUILESS_MAIN(TestLabHeat)
#include "tst_labheat.moc"
