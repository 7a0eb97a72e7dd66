// The Lab area (the lab wizard) on the demo cloud, page by page: Lab, Machines, Access, Plan (steps,
// quota, diagram), Deploy running and done, Result with its checklist, and the teardown's dry run.
#include "screenshotsupport.h"

#include "common/languagemanager.h"
#include "compute/createkeypairrequest.h"
#include "core/session.h"
#include "democloud/democloud.h"
#include "lab/labpane.h"
#include "lab/labplanpage.h"
#include "lab/labresultpage.h"
#include "lab/labrunpage.h"
#include "mainwindow/cloudentry.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QTabWidget>

using namespace zenith;

namespace shots {

namespace {

bool waitFor(const std::function<bool()>& done, int ms)
{
    return QTest::qWaitFor(done, ms);
}

void importKey(Session* session)
{
    QFile key(QStringLiteral(ZENITH_SCREENSHOT_DATA) + QStringLiteral("/keys/id_ed25519.pub"));
    if (!key.open(QIODevice::ReadOnly))
        return;
    CreateKeypairRequest keypair;
    keypair.name = QStringLiteral("student");
    keypair.publicKey = QString::fromLatin1(key.readAll()).trimmed();
    (void)awaitFuture(session->send(keypair));
}

bool next(LabPane* pane, LabPane::Step expected)
{
    if (!waitFor([pane] { return pane->canGoNext(); }, 15000)) {
        std::fprintf(stderr, "lab wizard: Next stays disabled on step %d\n", int(pane->currentStep()));
        return false;
    }
    pane->next();
    return pane->currentStep() == expected;
}

} // namespace

void shootLabWizard()
{
    DemoCloud::Options options;
    options.speed = 4; // slow enough to catch the deployment under way
    DemoCloud cloud(options);
    if (!cloud.start()) {
        std::fprintf(stderr, "the demo cloud did not start\n");
        return;
    }
    Session session(cloud.cloudConfig());
    importKey(&session);
    LanguageManager* languages = QApplication::instance()->findChild<LanguageManager*>();
    MainWindow window(languages);
    window.resize(1280, 800);
    auto* pane = new LabPane;
    window.setPane(pane);
    const CloudEntry entry{QStringLiteral("demo"), QString(), true};
    window.setClouds({entry});
    window.setCurrentCloud(entry.name);
    window.setCurrentArea(Area::Lab);
    pane->setSession(&session);
    showAndWait(&window);
    QTest::qWait(800);
    save(&window, QStringLiteral("lab-1-settings"));

    auto* name = pane->findChild<QLineEdit*>(QStringLiteral("labName"));
    name->setText(QStringLiteral("TP 1"));
    Q_EMIT name->textEdited(name->text());
    save(&window, QStringLiteral("lab-1-settings-invalid"));
    name->setText(QStringLiteral("lab"));
    Q_EMIT name->textEdited(name->text());

    if (!next(pane, LabPane::Step::Machines))
        return;
    QTest::qWait(800);
    save(&window, QStringLiteral("lab-2-machines"));
    if (!next(pane, LabPane::Step::Access))
        return;
    QTest::qWait(800);
    save(&window, QStringLiteral("lab-3-access"));
    if (!next(pane, LabPane::Step::Plan))
        return;
    waitFor([pane] { return pane->planPage()->isChecked(); }, 15000);
    save(&window, QStringLiteral("lab-4-plan"));
    auto* tabs = pane->findChild<QTabWidget*>(QStringLiteral("labPlanTabs"));
    tabs->setCurrentIndex(1);
    save(&window, QStringLiteral("lab-4-plan-quota"));
    tabs->setCurrentIndex(2);
    QTest::qWait(300);
    save(&window, QStringLiteral("lab-4-plan-diagram"));
    tabs->setCurrentIndex(0);

    if (!next(pane, LabPane::Step::Deploy))
        waitFor([pane] { return pane->currentStep() == LabPane::Step::Deploy; }, 5000);
    QTest::qWait(1200);
    save(&window, QStringLiteral("lab-5-deploy-running"));
    waitFor([pane] { return !pane->deployPage()->isRunning(); }, 180000);
    pane->goTo(LabPane::Step::Deploy);
    save(&window, QStringLiteral("lab-5-deploy-done"));
    pane->goTo(LabPane::Step::Result);
    waitFor([pane] { return !pane->resultPage()->isVerifying() && !pane->resultPage()->checks().isEmpty(); }, 30000);
    save(&window, QStringLiteral("lab-6-result"));
    // Back on the Plan page, the deployed lab is found: Deploy resumes it, Tear down… is offered.
    pane->goTo(LabPane::Step::Plan);
    waitFor([pane] { return pane->planPage()->isChecked() && pane->planPage()->labExists(); }, 15000);
    save(&window, QStringLiteral("lab-4-plan-deployed"));

    Q_EMIT pane->resultPage()->teardownRequested();
    waitFor([pane] { return pane->teardownPage()->awaitsConfirmation(); }, 30000);
    save(&window, QStringLiteral("lab-7-teardown-dryrun"));
    pane->teardownPage()->confirmTeardown();
    waitFor([pane] { return !pane->teardownPage()->isRunning(); }, 180000);
    save(&window, QStringLiteral("lab-7-teardown-done"));
}

} // namespace shots
