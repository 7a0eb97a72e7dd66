// The lab deployer's security group rules on the demo cloud: one bulk create per group (counted
// on the wire, from zenith.http's log), each rule step completed with its own rule, and a resumed
// run whose group already holds one of its rules (the bulk's 409) falling back to one create per rule.

#include "serverfixture.h"

#include "lab/labdeployer.h"
#include "lab/labjournal.h"
#include "lab/labteardown.h"
#include "network/createsecuritygrouprequest.h"
#include "network/createsecuritygrouprulerequest.h"
#include "network/getsecuritygrouprequest.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace zenith;
using namespace zenith::test;

namespace {

int g_ruleCalls = 0;
QtMessageHandler g_previous = nullptr;

// Session logs every answer as "POST <url> -> <status> in <n> ms" under zenith.http (debug).
void countRuleCalls(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (qstrcmp(context.category, "zenith.http") == 0) {
        if (message.startsWith(u"POST ") && message.contains(u"/security-group-rules -> "))
            ++g_ruleCalls;
        return;
    }
    g_previous(type, context, message);
}

} // namespace

class TestLabBulkRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<LabStepState>();
        qRegisterMetaType<ApiError>();
        m_fx = std::make_unique<ServerFixture>();
        QVERIFY(m_fx->started);
        QVERIFY(m_journalDir.isValid());
        QLoggingCategory::setFilterRules(QStringLiteral("zenith.http.debug=true"));
        g_previous = qInstallMessageHandler(countRuleCalls);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());
    }

    void freshDeploySendsOneRuleCallPerGroup()
    {
        const LabTopology topology = topologyNamed(QStringLiteral("bulk"));
        g_ruleCalls = 0;
        LabDeployer deployer(m_fx->session.get(), topology, LabSecrets::generate(), {});
        deployer.setWaitForReadiness(false);
        QVERIFY(deploy(deployer));
        int rules = 0;
        QSet<QString> ids;
        for (const LabStep& step : deployer.steps()) {
            if (step.kind != LabStepKind::SecurityGroupRule)
                continue;
            ++rules;
            QCOMPARE(deployer.state(step.id), LabStepState::Done);
            ids.insert(deployer.deployment().resourceIds.value(step.id));
        }
        QCOMPARE(rules, 15);
        QCOMPARE(ids.size(), 15); // each step has its own rule
        QVERIFY(!ids.contains(QString()));
        QCOMPARE(g_ruleCalls, int(topology.securityGroups.size())); // 5, not 15
        QVERIFY(tearDown(topology));
    }

    // The run that made the web group stopped after its first rule, its journal holding only the
    // group: the inventory (by tag) does not see the group, the journal adopts it, and the group's
    // bulk create meets the existing rule.
    void existingRuleFallsBackToOneCreatePerRule()
    {
        const LabTopology topology = topologyNamed(QStringLiteral("resumed"));
        const LabSecurityGroup* web = topology.securityGroup(QStringLiteral("web"));
        QVERIFY(web);
        CreateSecurityGroupRequest group;
        group.name = web->name;
        const auto made = awaitResult(m_fx->session->send(group));
        QVERIFY(made.ok());
        CreateSecurityGroupRuleRequest first;
        first.securityGroupId = made->id;
        first.protocol = web->rules.first().protocol;
        first.portRangeMin = web->rules.first().portMin;
        first.portRangeMax = web->rules.first().portMax;
        first.remoteIpPrefix = web->rules.first().remoteCidr;
        const auto rule = awaitResult(m_fx->session->send(first));
        QVERIFY(rule.ok());
        const QString journalPath = m_journalDir.filePath(QStringLiteral("resumed.json"));
        LabJournal journal(journalPath);
        journal.record(QStringLiteral("group:web"), LabStepState::Running, made->id);
        QVERIFY(journal.save().ok());

        g_ruleCalls = 0;
        LabDeployer deployer(m_fx->session.get(), topology, LabSecrets::generate(), journalPath);
        deployer.setWaitForReadiness(false);
        QVERIFY(deploy(deployer));
        QCOMPARE(deployer.state(u"group:web"_qs), LabStepState::AlreadyThere);
        QCOMPARE(deployer.state(u"rule:web:0"_qs), LabStepState::AlreadyThere);
        QCOMPARE(deployer.state(u"rule:web:1"_qs), LabStepState::Done);
        QCOMPARE(deployer.state(u"rule:web:2"_qs), LabStepState::Done);
        // Four groups in one call each; the web group's bulk (409), then its three rules alone.
        QCOMPARE(g_ruleCalls, 4 + 1 + 3);
        const auto shown = awaitResult(m_fx->session->send(GetSecurityGroupRequest{made->id}));
        QVERIFY(shown.ok());
        int ingress = 0;
        for (const SecurityGroupRule& r : shown->rules)
            ingress += r.direction == u"ingress";
        QCOMPARE(ingress, web->rules.size()); // none twice, none missing
        QVERIFY(tearDown(topology));
    }

private:
    LabTopology topologyNamed(const QString& name)
    {
        LabPlan plan;
        plan.cloud = QStringLiteral("demo");
        plan.name = name;
        plan.loadBalancer = plan.web = plan.database =
            plan.nameServer = {QStringLiteral("Debian 12"), QStringLiteral("d2-2")};
        return *LabTopology::of(plan);
    }

    bool deploy(LabDeployer& deployer)
    {
        QSignalSpy finished(&deployer, &LabDeployer::finished);
        QSignalSpy failed(&deployer, &LabDeployer::stepFailed);
        deployer.start();
        if (!finished.wait(60000))
            return false;
        for (const auto& f : failed)
            qWarning() << "failed:" << f.at(0).toString() << f.at(1).value<ApiError>().message;
        return finished.first().first().toBool();
    }

    bool tearDown(const LabTopology& topology)
    {
        LabTeardown teardown(m_fx->session.get(), topology);
        QSignalSpy removed(&teardown, &LabTeardown::finished);
        teardown.start(false);
        return removed.wait(60000) && removed.first().first().toBool();
    }

    std::unique_ptr<ServerFixture> m_fx;
    QTemporaryDir m_journalDir;
};

QTEST_GUILESS_MAIN(TestLabBulkRules)
#include "tst_labbulkrules.moc"
