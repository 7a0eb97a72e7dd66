// "Deploy with Heat" in the lab wizard against the demo cloud: the Plan page's action and its
// confirmation, the run page's Heat view (status, events as they arrive, the `openstack stack
// create` line without a password), the domain's records after it, the Result page's checklist green
// (the records' check included), then a teardown that deletes the records and the stack and leaves
// nothing of the lab. ZENITH_SHOTS_DIR=<dir> saves the Heat pages as PNGs.

#include "../democloud/serverfixture.h"
#include "labwizarddriver.h"

#include "compute/deletekeypairrequest.h"
#include "democloud/democloud.h"
#include "dns/designateprovider.h"
#include "lab/labheatview.h"
#include "lab/labpane.h"
#include "lab/labplanpage.h"
#include "lab/labresultpage.h"
#include "lab/labrunpage.h"
#include "orchestration/liststacksrequest.h"

#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace zenith;
using namespace zenith::test;

class TestLabHeatWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deployWithHeatVerifyTearDown();
    void aFailedStackSaysWhichResourceAndWhy();
    void recordsThatFailSayTheStackIsComplete();

private:
    //! Clicks "Deploy with Heat…" and accepts the confirmation.
    void deployWithHeat(LabPane* pane);
    //! Gives the pane's plan a domain in the cloud's Designate, its zone created; the zone, or
    //! nullopt (a test failure) when Designate refuses it.
    std::optional<DnsZone> planDomain(LabPane* pane, DesignateProvider& designate);
    //! After a failed deployment: "Delete the stack…", the teardown confirmed, nothing of the lab left.
    void deleteFailedStack(LabPane* pane);

    LabWizardDriver m_driver;
};

void TestLabHeatWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString why = m_driver.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestLabHeatWizard::deployWithHeat(LabPane* pane)
{
    auto* button = pane->findChild<QPushButton*>(QStringLiteral("labDeployHeat"));
    QVERIFY(button);
    QTRY_VERIFY(button->isEnabled());
    pane->deployPage()->heatView()->setPollInterval(20);
    button->click();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = pane->findChild<QMessageBox*>(QStringLiteral("labDeployHeatConfirm"))) != nullptr);
    QVERIFY(box->text().contains(QStringLiteral("lab-stack")));
    QVERIFY(box->text().contains(QStringLiteral("deletes the stack")));
    m_driver.shoot(box, QStringLiteral("lab-heat-confirm"));
    // The first button is "Deploy with Heat" (AcceptRole), before Cancel.
    QAbstractButton* submit = nullptr;
    for (QAbstractButton* b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::AcceptRole)
            submit = b;
    }
    QVERIFY(submit);
    submit->click();
}

std::optional<DnsZone> TestLabHeatWizard::planDomain(LabPane* pane, DesignateProvider& designate)
{
    const QString domain = DemoCloud::ovhZoneName();
    auto zone = awaitResult(designate.createZone({domain + u'.', QStringLiteral("admin@zenith-lab.example"), 600}));
    if (!zone)
        return std::nullopt;
    LabPlan plan = pane->plan();
    plan.domain = domain;
    plan.dnsProvider = LabDnsProvider::Designate;
    pane->setPlan(plan);
    return *zone;
}

void TestLabHeatWizard::deleteFailedStack(LabPane* pane)
{
    auto* remove = pane->deployPage()->findChild<QPushButton*>(QStringLiteral("labHeatDeleteStack"));
    QVERIFY(remove->isVisibleTo(pane));
    remove->click(); // "Delete the stack…": the teardown page, which asks
    QTRY_COMPARE(pane->currentStep(), LabPane::Step::Teardown);
    LabRunPage* teardown = pane->teardownPage();
    QTRY_VERIFY(teardown->awaitsConfirmation());
    teardown->confirmTeardown();
    QTRY_VERIFY_WITH_TIMEOUT(!teardown->isRunning(), 120000);
    QVERIFY(teardown->hasSucceeded());
    const QStringList left = m_driver.leftovers();
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", ")));
}

void TestLabHeatWizard::deployWithHeatVerifyTearDown()
{
    LabPane pane;
    m_driver.open(&pane);
    QStringList commands;
    connect(&pane, &Pane::commandIssued, this, [&](const QString& command) { commands << command; });
    // With a domain in the cloud's Designate: the records follow the stack, and go before it.
    DesignateProvider designate(m_driver.session());
    const std::optional<DnsZone> zone = planDomain(&pane, designate);
    QVERIFY(zone);
    auto dropZone = qScopeGuard([&] { (void)awaitResult(designate.deleteZone(*zone)); });
    QVERIFY(m_driver.reachPlan(&pane));
    QTRY_VERIFY(pane.planPage()->isChecked());
    // Slower, so that the stack is seen while Heat builds it.
    m_driver.cloud()->setSpeed(40);
    auto fast = qScopeGuard([this] { m_driver.cloud()->setSpeed(1000); });
    deployWithHeat(&pane);
    QTRY_COMPARE(pane.currentStep(), LabPane::Step::Deploy);
    LabRunPage* deploy = pane.deployPage();
    LabHeatView* heat = deploy->heatView();
    QVERIFY(deploy->isHeat());
    QVERIFY(heat->isVisibleTo(&pane));
    auto dumpOnFailure = qScopeGuard([&] {
        if (QTest::currentTestFailed())
            qWarning("%s\n%s", qPrintable(heat->statusText()), qPrintable(heat->bannerText()));
    });
    // The command dock gets the `openstack stack create` line, with placeholders for the passwords.
    QVERIFY(!commands.isEmpty());
    const QString create = commands.constFirst();
    QVERIFY2(create.startsWith(QStringLiteral("openstack stack create -t lab.yaml ")), qPrintable(create));
    QVERIFY2(create.contains(QStringLiteral("\"database_password=<database_password>\"")), qPrintable(create));
    QVERIFY2(create.endsWith(QStringLiteral(" lab-stack")), qPrintable(create));

    // Events appear while the stack is being created.
    QTRY_VERIFY_WITH_TIMEOUT(heat->eventRows() > 20, 30000);
    QVERIFY2(deploy->isRunning(), qPrintable(heat->statusText()));
    QVERIFY(heat->statusText().contains(QStringLiteral("resources created")));
    m_driver.shoot(&pane, QStringLiteral("lab-heat-running"));
    QTRY_VERIFY_WITH_TIMEOUT(!deploy->isRunning(), 120000);
    QVERIFY2(deploy->hasSucceeded(), qPrintable(heat->bannerText()));
    QVERIFY(heat->statusText().contains(QStringLiteral("complete")));
    auto* events = deploy->findChild<QTreeWidget*>(QStringLiteral("labHeatEvents"));
    QCOMPARE(events->topLevelItemCount(), heat->eventRows());
    QCOMPARE(events->topLevelItem(events->topLevelItemCount() - 1)->text(1), QStringLiteral("lab-stack"));
    QVERIFY(!deploy->deployment().publicIp.isEmpty());
    QCOMPARE(deploy->deployment().serverIds.size(), 5);
    // The records' lines reach the command dock, after the stack's.
    const QString record =
        QStringLiteral("openstack recordset create --type A --record ") + deploy->deployment().publicIp;
    QCOMPARE(std::count_if(commands.cbegin(), commands.cend(), [&](const QString& c) { return c.startsWith(record); }),
             2);
    m_driver.shoot(deploy, QStringLiteral("lab-heat-done"));

    // The Result page's checklist runs as after a normal deployment, and is green.
    QTRY_COMPARE(pane.currentStep(), LabPane::Step::Result);
    LabResultPage* result = pane.resultPage();
    QTRY_VERIFY_WITH_TIMEOUT(!result->isVerifying() && !result->checks().isEmpty(), 30000);
    for (const LabCheck& check : result->checks())
        QVERIFY2(check.passed, qPrintable(LabCheck::kindName(check.kind) + u": " + check.detail));
    m_driver.shoot(&pane, QStringLiteral("lab-heat-result"));

    // Teardown finds the stack by name (as it would after a restart) and deletes it, once confirmed:
    // the dry run lists the two records, then the stack, since what Heat made goes with it.
    Q_EMIT result->teardownRequested();
    QCOMPARE(pane.currentStep(), LabPane::Step::Teardown);
    LabRunPage* teardown = pane.teardownPage();
    QTRY_VERIFY(teardown->awaitsConfirmation());
    QCOMPARE(teardown->steps().size(), 3);
    QCOMPARE(teardown->steps().at(0).kind, LabStepKind::RecordSet);
    QCOMPARE(teardown->steps().at(1).kind, LabStepKind::RecordSet);
    QCOMPARE(teardown->steps().last().kind, LabStepKind::Stack);
    QCOMPARE(teardown->steps().last().name, QStringLiteral("lab-stack"));
    m_driver.shoot(&pane, QStringLiteral("lab-heat-teardown-confirm"));
    commands.clear();
    teardown->confirmTeardown();
    QTRY_VERIFY_WITH_TIMEOUT(!teardown->isRunning(), 120000);
    QVERIFY(teardown->hasSucceeded());
    QVERIFY(commands.contains(QStringLiteral("openstack stack delete --yes --wait lab-stack")));
    m_driver.shoot(&pane, QStringLiteral("lab-heat-teardown-done"));

    // Nothing of the lab remains: no stack, network, port, server or volume.
    ListStacksRequest stacks;
    stacks.name = QStringLiteral("lab-stack");
    const auto found = awaitResult(m_driver.session()->send(stacks));
    QVERIFY(found);
    QVERIFY(found->items.isEmpty());
    const QStringList left = m_driver.leftovers();
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", ")));
}

void TestLabHeatWizard::aFailedStackSaysWhichResourceAndWhy()
{
    // The key pair goes between the plan's check and the deployment: Nova refuses the servers,
    // and Heat fails the stack naming the server and Nova's reason.
    LabPane pane;
    m_driver.open(&pane);
    QVERIFY(m_driver.reachPlan(&pane));
    QTRY_VERIFY(pane.planPage()->isChecked());
    for (const LabPlanIssue& issue : pane.planPage()->conflicts())
        qWarning() << "conflict" << int(issue.field) << int(issue.problem) << issue.value << issue.other;
    QVERIFY(awaitResult(m_driver.session()->send(DeleteKeypairRequest{QStringLiteral("student")})).ok());
    auto restoreKey = qScopeGuard([this] { QVERIFY(m_driver.importKey()); });
    deployWithHeat(&pane);
    LabRunPage* deploy = pane.deployPage();
    QTRY_VERIFY_WITH_TIMEOUT(deploy->hasStarted() && !deploy->isRunning(), 120000);
    QVERIFY(!deploy->hasSucceeded());
    const QString banner = deploy->heatView()->bannerText();
    QVERIFY2(banner.contains(QStringLiteral("server_")) && banner.contains(QStringLiteral("key")), qPrintable(banner));
    m_driver.shoot(&pane, QStringLiteral("lab-heat-failed"));
    deleteFailedStack(&pane);
}

void TestLabHeatWizard::recordsThatFailSayTheStackIsComplete()
{
    // The domain's zone goes between the plan's check and the deployment: the stack completes, the
    // records cannot be made, and the page says so rather than "the stack failed".
    LabPane pane;
    m_driver.open(&pane);
    DesignateProvider designate(m_driver.session());
    const std::optional<DnsZone> zone = planDomain(&pane, designate);
    QVERIFY(zone);
    QVERIFY(m_driver.reachPlan(&pane));
    QTRY_VERIFY(pane.planPage()->isChecked());
    QVERIFY(awaitResult(designate.deleteZone(*zone)));
    deployWithHeat(&pane);
    LabRunPage* deploy = pane.deployPage();
    LabHeatView* heat = deploy->heatView();
    QTRY_VERIFY_WITH_TIMEOUT(deploy->hasStarted() && !deploy->isRunning(), 120000);
    QVERIFY(!deploy->hasSucceeded());
    QVERIFY2(heat->bannerText().contains(QStringLiteral("records could not be pointed")),
             qPrintable(heat->bannerText()));
    QVERIFY2(heat->statusText().contains(QStringLiteral("is complete, but the domain's records are not set")),
             qPrintable(heat->statusText()));
    m_driver.shoot(&pane, QStringLiteral("lab-heat-records-failed"));
    deleteFailedStack(&pane);
}

QTEST_MAIN(TestLabHeatWizard)
#include "tst_labheatwizard.moc"
