// "Deploy with Heat" end to end: the lab's HOT template submitted as a stack, followed until it is
// complete, verified green by the lab's checklist, then torn down through its stack (found by
// name) and nothing of the lab left. On the demo cloud by default; on a clouds.yaml cloud with
// ZENITH_LAB_CLOUD=devcloud-demo (image tiny, flavor m1.nano, readiness off), as tst_labdeploy.

#include "core/session.h"
#include "lab/labheatdeployment.h"
#include "lab/labinventory.h"
#include "lab/labteardown.h"
#include "lab/labverifier.h"
#include "labtestcloud.h"
#include "network/listsecuritygroupsrequest.h"
#include "orchestration/liststacksrequest.h"

#include <QSignalSpy>
#include <QTest>

using namespace zenith;
using namespace zenith::test;

class TestLabHeat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiError>();
        qRegisterMetaType<std::optional<ApiError>>();
        const QString why = m_lab.start(QStringLiteral("lab"), QStringLiteral("heat"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        if (m_lab.demoCloud())
            m_pollMs = 50;
    }

    void cleanupTestCase()
    {
        // What a failed test left: the stack deleted, so a shared cloud stays usable.
        if (m_lab.session() && !m_lab.topology().plan.name.isEmpty()) {
            LabHeatDeployment heat(m_lab.session(), m_lab.topology());
            heat.setPollInterval(m_pollMs * 20);
            QSignalSpy finished(&heat, &LabHeatDeployment::finished);
            heat.remove();
            (void)finished.wait(300000);
        }
        m_lab.removeKeypair();
    }

    void theRequestCarriesThePasswordsAsParameters()
    {
        const LabSecrets secrets = LabSecrets::generate();
        const CreateStackRequest request = LabHeatDeployment::createRequest(m_lab.topology(), secrets);
        QCOMPARE(request.name, QString(m_lab.topology().plan.name + QStringLiteral("-stack")));
        QCOMPARE(request.parameters.value(QStringLiteral("database_password")), secrets.databasePassword);
        QVERIFY(!request.templateText.contains(secrets.databasePassword.toUtf8()));
        QVERIFY(!request.templateText.contains(secrets.databaseRootPassword.toUtf8()));
        QCOMPARE(request.tags, QStringList{m_lab.topology().plan.tag()});
    }

    void deploysTheLabAsAStack()
    {
        LabHeatDeployment heat(m_lab.session(), m_lab.topology());
        heat.setPollInterval(m_pollMs);
        heat.setWaitForReadiness(m_lab.hasConsoleLogs());
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
        QVERIFY(completed.contains(m_lab.topology().plan.name + QStringLiteral("-stack")));
        QVERIFY(events.size() >= 2); // events came as they happened, not all at the end
        qInfo("created in %lld ms: %lld events, %d API calls", qlonglong(clock.elapsed()),
              qlonglong(heat.events().size()), heat.apiCalls());
        // The create, then two calls a poll (the stack and its new events), one poll an interval:
        // no call per resource or per event.
        // Readiness: one console tail per server not yet ready, a poll each interval.
        const qint64 polls = clock.elapsed() / m_pollMs + 2;
        QVERIFY2(heat.apiCalls() <=
                     1 + 2 * polls + (m_lab.hasConsoleLogs() ? polls * m_lab.topology().servers.size() : 0),
                 qPrintable(QString::number(heat.apiCalls())));
        QCOMPARE(heat.readyCount(), m_lab.hasConsoleLogs() ? int(m_lab.topology().servers.size()) : 0);
    }

    void theLabVerifiesGreen()
    {
        LabVerifier verifier(m_lab.session(), m_lab.topology());
        verifier.setCheckReadiness(m_lab.hasConsoleLogs());
        QSignalSpy checked(&verifier, &LabVerifier::finished);
        verifier.start();
        QVERIFY(checked.wait(60000));
        const auto checks = checked.first().first().value<QList<LabCheck>>();
        QVERIFY(!checks.isEmpty());
        for (const LabCheck& check : checks)
            QVERIFY2(check.passed, qPrintable(QString::number(int(check.kind)) + u": " + check.detail));
        // The template tags what Heat lets it tag: the lab's inventory finds its ports and servers.
        const auto inventory = m_lab.inventory(m_lab.topology());
        QVERIFY2(inventory, qPrintable(inventory ? QString() : inventory.error().message));
        const QStringList found = inventory->ids.keys();
        QCOMPARE(found.filter(QStringLiteral("port:")).size(), m_lab.topology().ports.size());
        QCOMPARE(found.filter(QStringLiteral("server:")).size(), m_lab.topology().servers.size());
        QVERIFY2(found.contains(QStringLiteral("network")) && found.contains(QStringLiteral("subnet")),
                 qPrintable(found.join(u' ')));
    }

    // A teardown told nothing of Heat (a restart since, or `zenith lab teardown`) finds the stack
    // by name and deletes it as a whole: the security groups go too, which carry no tag.
    void theTeardownDeletesTheStackAsAWhole()
    {
        LabTeardown dryRun(m_lab.session(), m_lab.topology());
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
                 QString(u"openstack stack delete --yes --wait " + m_lab.topology().plan.name + u"-stack"));

        LabTeardown teardown(m_lab.session(), m_lab.topology());
        QSignalSpy finished(&teardown, &LabTeardown::finished);
        teardown.start(false);
        QVERIFY(finished.wait(600000));
        QVERIFY(finished.first().first().toBool());
        const auto inventory = m_lab.inventory(m_lab.topology());
        QVERIFY2(inventory, qPrintable(inventory ? QString() : inventory.error().message));
        QVERIFY2(inventory->ids.isEmpty(), qPrintable(QStringList(inventory->ids.keys()).join(u' ')));
        const auto groups = await(m_lab.session()->send(ListSecurityGroupsRequest{}));
        QVERIFY(groups.ok());
        for (const SecurityGroup& group : groups->items)
            QVERIFY2(!group.name.startsWith(m_lab.topology().plan.name + u'-'), qPrintable(group.name));
        ListStacksRequest stacks;
        stacks.name = m_lab.topology().plan.name + QStringLiteral("-stack");
        const auto found = await(m_lab.session()->send(stacks));
        QVERIFY(found.ok());
        for (const Stack& stack : found->items)
            QCOMPARE(stack.status, QStringLiteral("DELETE_COMPLETE"));

        // No stack any more: deleting it again is success at once.
        LabHeatDeployment heat(m_lab.session(), m_lab.topology());
        QSignalSpy removed(&heat, &LabHeatDeployment::finished);
        heat.remove();
        QVERIFY(removed.wait(60000));
        QVERIFY(removed.first().first().toBool());
    }

    void aFailingResourceFailsTheStackWithHeatsReason()
    {
        if (!m_lab.demoCloud())
            QSKIP("on the demo cloud only (a dev-cloud stack failing takes its quota for a while)");
        LabPlan plan = m_lab.topology().plan;
        plan.name = QStringLiteral("broken");
        plan.database.image = QStringLiteral("No Such Image");
        const LabTopology topology = *LabTopology::of(plan);
        LabHeatDeployment heat(m_lab.session(), topology);
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
    LabTestCloud m_lab;
    int m_pollMs = 2000; //!< how often Heat is asked (a real Heat is slow; the demo cloud fast)
};

QTEST_GUILESS_MAIN(TestLabHeat)
#include "tst_labheat.moc"
