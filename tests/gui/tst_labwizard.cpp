// The lab wizard (the Lab area) against the demo cloud: the pages' fields and their messages,
// Next's state, the plan with its commands, a deployment with readiness, the checklist, and a
// teardown after its dry run. ZENITH_SHOTS_DIR=<dir> saves each page as a PNG.

#include "../democloud/serverfixture.h"
#include "labwizarddriver.h"

#include "common/languagemanager.h"
#include "common/messagebanner.h"
#include "dns/createzonerequest.h"
#include "dns/deletezonerequest.h"
#include "lab/labaccesspage.h"
#include "lab/labdiagram.h"
#include "lab/labmachinedefaults.h"
#include "lab/labmachinespage.h"
#include "lab/labpane.h"
#include "lab/labplanissuetext.h"
#include "lab/labplanpage.h"
#include "lab/labresultpage.h"
#include "lab/labrunpage.h"
#include "lab/labsettingspage.h"
#include "lab/labsnapshotbox.h"
#include "lab/labsteptext.h"
#include "lab/labtopology.h"
#include "lab/labwizardpage.h"
#include "network/listnetworksrequest.h"
#include "topology/topologygraph.h"
#include "volume/listvolumesnapshotsrequest.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace zenith;
using namespace zenith::test;

namespace {

//! Types into a line edit as the user would (the text changes, textEdited follows).
void type(QLineEdit* edit, const QString& text)
{
    edit->setText(text);
    Q_EMIT edit->textEdited(text);
}

} // namespace

class TestLabWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaults();
    void diagram();
    void validation();
    void planPage();
    void deployVerifyTearDown();
    void cancelThenTearDown();
    void languageChangeRetranslatesEveryPage();
    void everyPageFitsALaptopInEveryLanguage();
    void planAsksAgainWhenThePaneComesBack();

private:
    LabWizardDriver m_driver;
};

void TestLabWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString why = m_driver.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestLabWizard::defaults()
{
    Image other;
    other.name = QStringLiteral("Alpine 3.19");
    Image debian;
    debian.name = QStringLiteral("Debian 12 - Docker");
    Image debian12;
    debian12.name = QStringLiteral("Debian 12");
    QCOMPARE(LabMachineDefaults::image({other, debian12, debian}), QStringLiteral("Debian 12"));
    QCOMPARE(LabMachineDefaults::image({other}), QStringLiteral("Alpine 3.19"));
    QCOMPARE(LabMachineDefaults::image({}), QString());
    const auto flavor = [](const char* name, int vcpus, int ram, int disk) {
        Flavor f;
        f.name = QString::fromLatin1(name);
        f.vcpus = vcpus;
        f.ram = ram;
        f.disk = disk;
        return f;
    };
    const Flavor tiny = flavor("tiny", 1, 512, 1);
    const Flavor small = flavor("small", 1, 2048, 10);
    const Flavor b2 = flavor("b2-7", 2, 7000, 50);
    const Flavor d2 = flavor("d2-2", 1, 2048, 25);
    QCOMPARE(LabMachineDefaults::flavor({b2, tiny, d2, small}), QStringLiteral("small"));
    QCOMPARE(LabMachineDefaults::flavor({tiny}), QStringLiteral("tiny"));
}

void TestLabWizard::diagram()
{
    LabPlan plan;
    const auto topology = LabTopology::of(plan);
    QVERIFY(topology);
    const TopologyGraph graph = TopologyGraph::build(LabDiagram::input(*topology));
    // Two networks and five servers (lb, ns, db, web1, web2).
    int networks = 0, servers = 0;
    for (const TopologyNode& node : graph.nodes()) {
        networks += node.isNetwork() ? 1 : 0;
        servers += node.kind == TopologyNode::Kind::Server ? 1 : 0;
    }
    QCOMPARE(networks, 2);
    QCOMPARE(servers, 5);
    const TopologyLink* gateway = graph.linkOfPort(QStringLiteral("plan:port:lb-private"));
    QVERIFY(gateway);
    QCOMPARE(gateway->ips, QStringList{QStringLiteral("10.12.0.1")});
    QCOMPARE(gateway->allowedPairs, QStringList{QStringLiteral("0.0.0.0/0")});
}

void TestLabWizard::validation()
{
    LabPane pane;
    m_driver.open(&pane);
    QCOMPARE(pane.currentStep(), LabPane::Step::Lab);
    auto* name = pane.findChild<QLineEdit*>(QStringLiteral("labName"));
    auto* nameMessage = pane.findChild<QLabel*>(QStringLiteral("labNameMessage"));
    auto* cidr = pane.findChild<QLineEdit*>(QStringLiteral("labCidr"));
    auto* cidrMessage = pane.findChild<QLabel*>(QStringLiteral("labCidrMessage"));
    auto* publicNetwork = pane.findChild<QComboBox*>(QStringLiteral("labPublicNetwork"));
    auto* addresses = pane.findChild<QLabel*>(QStringLiteral("labAddresses"));
    QVERIFY(name && nameMessage && cidr && cidrMessage && publicNetwork && addresses);
    QCOMPARE(name->text(), QStringLiteral("lab"));
    QCOMPARE(cidr->text(), QStringLiteral("10.12.0.0/16"));
    QCOMPARE(addresses->text(),
             QStringLiteral("The gateway takes 10.12.0.1, the name server 10.12.0.2, the database 10.12.0.3 and the "
                            "web servers 10.12.0.11 to 10.12.0.12; DHCP hands out 10.12.0.64 to 10.12.255.254."));
    QTRY_COMPARE(publicNetwork->currentText(), QStringLiteral("Ext-Net"));
    QVERIFY(pane.canGoNext());
    m_driver.shoot(&pane, QStringLiteral("lab-settings"));

    // As the student types: a message under the field, Next disabled, nothing typed lost.
    type(name, QStringLiteral("My Lab"));
    QVERIFY(nameMessage->isVisibleTo(&pane));
    QVERIFY(nameMessage->text().contains(QStringLiteral("lowercase")));
    QVERIFY(!pane.canGoNext());
    QCOMPARE(name->text(), QStringLiteral("My Lab"));
    type(name, QStringLiteral("a-very-long-lab-name-indeed"));
    QVERIFY(nameMessage->text().contains(QStringLiteral("20")));
    type(name, QStringLiteral("tp1"));
    QVERIFY(!nameMessage->isVisibleTo(&pane));
    QVERIFY(pane.canGoNext());

    type(cidr, QStringLiteral("10.12.0.5/16"));
    QVERIFY(cidrMessage->isVisibleTo(&pane));
    QVERIFY(!addresses->text().contains(QStringLiteral("10.12.")));
    QVERIFY(cidrMessage->text().contains(QStringLiteral("10.12.0.5/16")));
    QVERIFY(!pane.canGoNext());
    m_driver.shoot(&pane, QStringLiteral("lab-settings-invalid"));
    type(cidr, QStringLiteral("10.12.0.0/28"));
    QVERIFY(cidrMessage->text().contains(QStringLiteral("/25")));
    type(cidr, QStringLiteral("10.20.0.0/16"));
    QVERIFY(!cidrMessage->isVisibleTo(&pane));
    QVERIFY(addresses->text().contains(QStringLiteral("the gateway takes 10.20.0.1,"), Qt::CaseInsensitive));
    auto* webCount = pane.findChild<QSpinBox*>(QStringLiteral("labWebCount"));
    QVERIFY(webCount);
    webCount->setValue(1);
    QVERIFY(addresses->text().contains(QStringLiteral("the web server 10.20.0.11;")));
    webCount->setValue(2);
    QVERIFY(pane.canGoNext());
    QCOMPARE(pane.plan().name, QStringLiteral("tp1"));
    QCOMPARE(pane.plan().cidr, QStringLiteral("10.20.0.0/16"));

    // Machines: a Debian 12 image and a 1 GiB+ flavor proposed for every role.
    pane.next();
    QCOMPARE(pane.currentStep(), LabPane::Step::Machines);
    auto* webImage = pane.findChild<QComboBox*>(QStringLiteral("webImage"));
    auto* dbFlavor = pane.findChild<QComboBox*>(QStringLiteral("dbFlavor"));
    QVERIFY(webImage && dbFlavor);
    QTRY_COMPARE(webImage->currentText(), QStringLiteral("Debian 12"));
    QTRY_VERIFY(!dbFlavor->currentText().isEmpty());
    QTRY_VERIFY(pane.canGoNext());
    QCOMPARE(pane.plan().database.image, QStringLiteral("Debian 12"));
    m_driver.shoot(&pane, QStringLiteral("lab-machines"));

    // Access: the only key pair is chosen; a bad domain and e-mail are refused.
    pane.next();
    QCOMPARE(pane.currentStep(), LabPane::Step::Access);
    auto* keypair = pane.findChild<QComboBox*>(QStringLiteral("labKeypair"));
    QTRY_COMPARE(keypair->currentText(), QStringLiteral("student"));
    QTRY_VERIFY(pane.canGoNext());
    auto* email = pane.findChild<QLineEdit*>(QStringLiteral("labTlsEmail"));
    type(email, QStringLiteral("not-an-address"));
    auto* emailMessage = pane.findChild<QLabel*>(QStringLiteral("labTlsEmailMessage"));
    QVERIFY(emailMessage->isVisibleTo(&pane));
    QVERIFY(!pane.canGoNext());
    m_driver.shoot(&pane, QStringLiteral("lab-access-invalid"));
    type(email, QStringLiteral("teacher@example.org"));
    QVERIFY(!emailMessage->isVisibleTo(&pane));
    // A certificate needs a domain.
    auto* domainMessage = pane.findChild<QLabel*>(QStringLiteral("labDomainMessage"));
    QVERIFY(domainMessage->isVisibleTo(&pane));
    QVERIFY(domainMessage->text().contains(QStringLiteral("domain")));
    QVERIFY(!pane.canGoNext());
    type(pane.findChild<QLineEdit*>(QStringLiteral("labDomain")), QStringLiteral("bad domain"));
    QVERIFY(domainMessage->text().contains(QStringLiteral("bad domain")));
    type(pane.findChild<QLineEdit*>(QStringLiteral("labDomain")), QStringLiteral("my-lab.example.org"));
    QVERIFY(!domainMessage->isVisibleTo(&pane));
    QVERIFY(pane.canGoNext());
    QCOMPARE(pane.plan().domain, QStringLiteral("my-lab.example.org"));
    QCOMPARE(pane.plan().tlsEmail, QStringLiteral("teacher@example.org"));
    QVERIFY(pane.plan().tlsStaging);

    // Back keeps everything typed.
    pane.back();
    pane.back();
    QCOMPARE(pane.currentStep(), LabPane::Step::Lab);
    QCOMPARE(name->text(), QStringLiteral("tp1"));
    // A later page cannot be reached while an earlier one is wrong.
    type(name, QString());
    QVERIFY(!pane.goTo(LabPane::Step::Plan));
}

void TestLabWizard::planPage()
{
    LabPane pane;
    m_driver.open(&pane);
    QVERIFY(m_driver.reachPlan(&pane));
    LabPlanPage* plan = pane.planPage();
    const QList<LabStep> steps = plan->steps();
    QVERIFY(steps.size() > 20);
    auto* tree = pane.findChild<QTreeWidget*>(QStringLiteral("labPlanSteps"));
    QCOMPARE(tree->topLevelItemCount(), steps.size());
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        QVERIFY2(tree->topLevelItem(i)->text(3).startsWith(QStringLiteral("openstack ")), qPrintable(steps.at(i).id));
    QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("lab-net"));
    QVERIFY(plan->script().contains(QStringLiteral("openstack network create")));
    QVERIFY(plan->script().startsWith(QStringLiteral("#!/bin/sh")));
    QTRY_VERIFY(plan->isChecked());
    QVERIFY(plan->conflicts().isEmpty());
    QVERIFY(!plan->quota().isEmpty());
    QVERIFY(pane.canGoNext());
    m_driver.shoot(&pane, QStringLiteral("lab-plan"));

    // The plan saves as a lab.yaml.
    QTemporaryDir dir;
    QVERIFY(plan->savePlan(dir.filePath(QStringLiteral("lab.yaml"))));
    QFile saved(dir.filePath(QStringLiteral("lab.yaml")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().contains("student"));
    // And as a Heat template.
    QVERIFY(plan->exportHeatTemplate(dir.filePath(QStringLiteral("stack.yaml"))));
    QFile stack(dir.filePath(QStringLiteral("stack.yaml")));
    QVERIFY(stack.open(QIODevice::ReadOnly));
    const QByteArray hot = stack.readAll();
    QVERIFY(hot.contains("heat_template_version"));
    QVERIFY(hot.contains("lab-lb-private"));
}

void TestLabWizard::deployVerifyTearDown()
{
    LabPane pane;
    m_driver.open(&pane);
    QStringList commands;
    connect(&pane, &Pane::commandIssued, this, [&](const QString& command) { commands << command; });
    QVERIFY(m_driver.reachPlan(&pane));
    QTRY_VERIFY(pane.canGoNext());
    pane.next(); // Deploy
    QTRY_COMPARE(pane.currentStep(), LabPane::Step::Deploy);
    LabRunPage* deploy = pane.deployPage();
    QVERIFY(deploy->isRunning());
    auto dumpOnFailure = qScopeGuard([&] {
        if (QTest::currentTestFailed())
            qWarning("%s", qPrintable(deploy->logText()));
    });
    QVERIFY(!pane.goTo(LabPane::Step::Lab)); // no editing while it runs
    QTest::qWait(300);
    m_driver.shoot(&pane, QStringLiteral("lab-deploy-running"));
    QTRY_VERIFY_WITH_TIMEOUT(!deploy->isRunning(), 60000);
    QVERIFY2(deploy->hasSucceeded(), qPrintable(deploy->errorText() + u'\n' + deploy->logText()));
    for (const LabStep& step : deploy->steps())
        QCOMPARE(deploy->state(step.id), LabStepState::Done);
    QVERIFY(deploy->logText().contains(QStringLiteral("Created")));
    QVERIFY(commands.contains(QStringLiteral("openstack network create --tag zenith-lab:lab lab-net")) ||
            std::any_of(commands.cbegin(), commands.cend(),
                        [](const QString& c) { return c.startsWith(QStringLiteral("openstack network create")); }));
    m_driver.shoot(deploy, QStringLiteral("lab-deploy-done"));

    // Result: addresses, SSH commands, and a green checklist.
    QCOMPARE(pane.currentStep(), LabPane::Step::Result);
    LabResultPage* result = pane.resultPage();
    QVERIFY(!deploy->deployment().publicIp.isEmpty());
    QCOMPARE(result->url(), QStringLiteral("http://") + deploy->deployment().publicIp + u'/');
    const QStringList ssh = result->sshCommands();
    QCOMPARE(ssh.first(), QStringLiteral("ssh debian@") + deploy->deployment().publicIp);
    QVERIFY(ssh.contains(QStringLiteral("ssh -J debian@%1 debian@10.12.0.11").arg(deploy->deployment().publicIp)));
    QTRY_VERIFY_WITH_TIMEOUT(!result->isVerifying() && !result->checks().isEmpty(), 30000);
    for (const LabCheck& check : result->checks())
        QVERIFY2(check.passed, qPrintable(LabCheck::kindName(check.kind) + u": " + check.detail));
    m_driver.shoot(&pane, QStringLiteral("lab-result"));

    // A snapshot of the database on demand: progress in the banner, the command in the dock, the list.
    auto* snapshots = result->findChild<LabSnapshotBox*>();
    QVERIFY(snapshots && snapshots->isVisibleTo(&pane));
    QTRY_VERIFY(result->findChild<QPushButton*>(QStringLiteral("labSnapshotDatabase"))->isEnabled());
    QTest::mouseClick(result->findChild<QPushButton*>(QStringLiteral("labSnapshotDatabase")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!snapshots->isTaking() && snapshots->snapshots().size() == 1, 30000);
    QCOMPARE(snapshots->snapshots().first().status, u"available"_qs);
    QVERIFY(std::any_of(commands.cbegin(), commands.cend(), [](const QString& c) {
        return c.startsWith(u"openstack volume snapshot create --volume lab-db-data --force"_qs);
    }));
    auto* banner = result->findChild<MessageBanner*>();
    QVERIFY(banner->isVisibleTo(&pane));
    QVERIFY2(banner->text().contains(u"is available"_qs), qPrintable(banner->text()));
    QCOMPARE(result->findChild<QTreeWidget*>(QStringLiteral("labSnapshotList"))->topLevelItemCount(), 1);
    m_driver.shoot(&pane, QStringLiteral("lab-result-snapshot"));
    // Its tallest page still fits a 1366x768 laptop: the screen less its panel, the title bar, the menu,
    // the cloud bar, the demo banner and the command dock leaves the pane about 460 pixels.
    QVERIFY2(pane.minimumSizeHint().height() <= 460, qPrintable(QString::number(pane.minimumSizeHint().height())));
    QTemporaryDir dir;
    QVERIFY(result->exportChecklist(dir.filePath(QStringLiteral("checklist.md"))));
    QVERIFY(result->exportChecklist(dir.filePath(QStringLiteral("checklist.json"))));

    // Resume: back on the Plan page the wizard says a deployment exists; deploying again finds
    // everything by its tag and creates nothing.
    QVERIFY(QFile::exists(pane.journalPath()));
    QVERIFY(pane.goTo(LabPane::Step::Plan));
    QVERIFY(pane.findChild<QWidget*>(QStringLiteral("labPlanResume"))->isVisibleTo(&pane));
    QTRY_VERIFY(pane.canGoNext());
    commands.clear();
    pane.next();
    QTRY_COMPARE(pane.currentStep(), LabPane::Step::Deploy);
    QTRY_VERIFY_WITH_TIMEOUT(!deploy->isRunning(), 60000);
    QVERIFY2(deploy->hasSucceeded(), qPrintable(deploy->errorText()));
    QCOMPARE(deploy->state(QStringLiteral("network")), LabStepState::AlreadyThere);
    QCOMPARE(deploy->state(QStringLiteral("server:web1")), LabStepState::AlreadyThere);
    for (const QString& command : std::as_const(commands))
        QVERIFY2(!command.contains(QStringLiteral(" create ")), qPrintable(command));
    QCOMPARE(pane.currentStep(), LabPane::Step::Result);
    QTRY_VERIFY_WITH_TIMEOUT(!result->isVerifying() && LabCheck::allPassed(result->checks()), 30000);

    // Teardown: the dry run lists, nothing is deleted before the confirmation.
    Q_EMIT result->teardownRequested();
    QCOMPARE(pane.currentStep(), LabPane::Step::Teardown);
    LabRunPage* teardown = pane.teardownPage();
    QTRY_VERIFY_WITH_TIMEOUT(teardown->awaitsConfirmation(), 30000);
    QVERIFY(teardown->steps().size() > 20);
    QVERIFY(std::any_of(teardown->steps().cbegin(), teardown->steps().cend(),
                        [](const LabStep& s) { return s.kind == LabStepKind::VolumeSnapshot; }));
    ListNetworksRequest tagged;
    const auto before = awaitResult(m_driver.session()->send(tagged));
    QVERIFY(before);
    QVERIFY(std::any_of(before->items.cbegin(), before->items.cend(),
                        [](const Network& n) { return n.name == u"lab-net"; }));
    m_driver.shoot(&pane, QStringLiteral("lab-teardown-dryrun"));
    teardown->confirmTeardown();
    QTRY_VERIFY_WITH_TIMEOUT(!teardown->isRunning(), 120000);
    QVERIFY2(teardown->hasSucceeded(), qPrintable(teardown->errorText() + u'\n' + teardown->logText()));
    m_driver.shoot(&pane, QStringLiteral("lab-teardown-done"));

    // Nothing of the lab remains.
    const QStringList left = m_driver.leftovers();
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", ")));
    const auto volumeSnapshots = awaitResult(m_driver.session()->send(ListVolumeSnapshotsRequest{}));
    QVERIFY(volumeSnapshots);
    QVERIFY(volumeSnapshots->items.isEmpty());
    QVERIFY(!QFile::exists(pane.journalPath()));
}

void TestLabWizard::cancelThenTearDown()
{
    LabPane pane;
    m_driver.open(&pane);
    QVERIFY(m_driver.reachPlan(&pane));
    QTRY_VERIFY(pane.canGoNext());
    pane.next();
    QTRY_COMPARE(pane.currentStep(), LabPane::Step::Deploy);
    LabRunPage* deploy = pane.deployPage();
    QVERIFY(deploy->isRunning());
    deploy->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!deploy->isRunning(), 60000);
    QVERIFY(!deploy->hasSucceeded());
    QVERIFY(deploy->logText().contains(QStringLiteral("Cancelled")));
    QCOMPARE(pane.currentStep(), LabPane::Step::Deploy);
    QVERIFY(!pane.goTo(LabPane::Step::Result)); // nothing to show
    QVERIFY(pane.goTo(LabPane::Step::Plan));    // the plan can be changed again

    // What the cancelled run created goes with a teardown.
    pane.goTo(LabPane::Step::Deploy);
    auto* tearDown = deploy->findChild<QPushButton*>(QStringLiteral("labRunTearDown"));
    QVERIFY(tearDown->isVisibleTo(&pane));
    tearDown->click();
    QCOMPARE(pane.currentStep(), LabPane::Step::Teardown);
    LabRunPage* teardown = pane.teardownPage();
    QTRY_VERIFY_WITH_TIMEOUT(!teardown->isRunning(), 30000);
    if (teardown->awaitsConfirmation()) {
        teardown->confirmTeardown();
        QTRY_VERIFY_WITH_TIMEOUT(!teardown->isRunning(), 60000);
    }
    QVERIFY2(teardown->hasSucceeded(), qPrintable(teardown->errorText() + u'\n' + teardown->logText()));
    const QStringList left = m_driver.leftovers();
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", ")));
}

// Each page's texts come back from retranslateUi() on a LanguageChange (LabWizardPage::changeEvent).
void TestLabWizard::languageChangeRetranslatesEveryPage()
{
    LabPane pane;
    m_driver.open(&pane);
    const auto pages = pane.findChildren<LabWizardPage*>();
    QCOMPARE(pages.size(), 7); // settings, machines, access, plan, deploy, result, teardown
    for (LabWizardPage* page : pages) {
        const auto labels = page->findChildren<QLabel*>();
        QStringList before;
        for (QLabel* label : labels) {
            before.append(label->text());
            label->setText(QStringLiteral("·"));
        }
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(page, &change);
        int restored = 0;
        for (int i = 0; i < labels.size(); ++i)
            restored += !before.at(i).isEmpty() && labels.at(i)->text() == before.at(i);
        QVERIFY2(restored > 0, qPrintable(page->objectName()));
    }
}

// A 1366x768 laptop, less the sections' sidebar (about 160 pixels) and the window's frame, leaves
// the pane about 1170 pixels: no page may ask for more, in any language (French runs longer).
void TestLabWizard::everyPageFitsALaptopInEveryLanguage()
{
    LanguageManager languages;
    const auto restore = qScopeGuard([&languages] { languages.setLanguage(QStringLiteral("en")); });
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        languages.setLanguage(language);
        LabPane pane;
        m_driver.open(&pane);
        QVERIFY(m_driver.reachPlan(&pane));
        QTRY_VERIFY(pane.planPage()->isChecked());
        QStringList tooWide;
        for (LabWizardPage* page : pane.findChildren<LabWizardPage*>()) {
            const int width = page->minimumSizeHint().width();
            if (width > 1000)
                tooWide << page->objectName() + u' ' + QString::number(width);
        }
        QVERIFY2(tooWide.isEmpty(), qPrintable(language + u": " + tooWide.join(u", ")));
        QVERIFY2(pane.minimumSizeHint().width() <= 1170,
                 qPrintable(language + u": " + QString::number(pane.minimumSizeHint().width())));
    }
}

// The plan says no zone holds the domain; the student makes the zone in the DNS pane and comes
// back: the conflict is gone without going back and forth through the wizard.
void TestLabWizard::planAsksAgainWhenThePaneComesBack()
{
    LabPane pane;
    m_driver.open(&pane);
    LabPlan plan = pane.plan();
    plan.dnsProvider = LabDnsProvider::Designate;
    plan.domain = QStringLiteral("tp9.recheck.example");
    pane.setPlan(plan);
    QVERIFY(m_driver.reachPlan(&pane));
    QTRY_VERIFY(pane.planPage()->isChecked());
    const LabPlanIssue noZone{LabPlanIssue::Field::Domain, LabPlanIssue::Problem::NotFound, {}, plan.domain, {}};
    QCOMPARE(pane.planPage()->conflicts(), QList<LabPlanIssue>{noZone});
    QVERIFY(!pane.canGoNext());

    pane.setActive(false); // the DNS pane
    CreateZoneRequest create;
    create.name = QStringLiteral("recheck.example.");
    create.email = QStringLiteral("student@recheck.example");
    auto made = m_driver.session()->send(create);
    QTRY_VERIFY(made.isFinished());
    QVERIFY(made.result());
    const auto dropZone = qScopeGuard([&] {
        auto dropped = m_driver.session()->send(DeleteZoneRequest{made.result()->id});
        QTRY_VERIFY(dropped.isFinished());
    });
    pane.setActive(true);
    QTRY_VERIFY(pane.planPage()->isChecked() && pane.planPage()->conflicts().isEmpty());
    QVERIFY(pane.canGoNext());
}

QTEST_MAIN(TestLabWizard)
#include "tst_labwizard.moc"
