#include "common/busyindicator.h"
#include "common/languagemanager.h"
#include "mainwindow/activityindicator.h"
#include "mainwindow/errordetailsdialog.h"
#include "mainwindow/lasterrorindicator.h"
#include "mainwindow/mainwindow.h"
#include "panes/pane.h"
#include "settings/preferencesdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace zenith;

namespace {

class TestPane final : public Pane
{
    Q_OBJECT

public:
    using Pane::Pane;
    int activations = 0;
    int deactivations = 0;

    void setActive(bool active) override
    {
        Pane::setActive(active);
        ++(active ? activations : deactivations);
    }

protected:
    void retranslateUi() override {}
};

// Every string a person could see in a widget tree: texts, tooltips, status tips, window titles.
QStringList visibleStrings(const QWidget* root)
{
    QStringList out{root->windowTitle(), root->toolTip()};
    const auto labels = root->findChildren<QLabel*>();
    for (const QLabel* label : labels)
        out << label->text() << label->toolTip();
    const auto buttons = root->findChildren<QAbstractButton*>();
    for (const QAbstractButton* button : buttons)
        out << button->text() << button->toolTip();
    return out;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void welcomePageWithoutClouds();
    void demoCloudIsLabelledSimulated();
    void sidebarSwitchesPages();
    void viewShortcutsSwitchPages();
    void setPaneReplacesEmptyState();
    void switcherSettersDoNotEmit();
    void switcherEmitsUserChoices();
    void switcherDisablesInapplicableChoices();
    void activityShowsAndHides();
    void errorShowsDetailsWithoutSecrets();
    void cancellationsAreNotErrors();
    void languageSwitchRetranslatesLive();
    void preferencesSelectLanguage();
    void currentAreaIsRemembered();

private:
    std::unique_ptr<MainWindow> makeWindow(bool withClouds);
    std::unique_ptr<LanguageManager> m_languages;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ZenithTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    m_languages = std::make_unique<LanguageManager>();
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_languages->setLanguage(QStringLiteral("en"));
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow(bool withClouds)
{
    auto window = std::make_unique<MainWindow>(m_languages.get());
    if (withClouds)
        window->setClouds({{QStringLiteral("ovh-gra11"), QStringLiteral("/home/student/.config/openstack/clouds.yaml")},
                           {QStringLiteral("envvars"), QString()}});
    return window;
}

void TestMainWindow::demoCloudIsLabelledSimulated()
{
    auto window = std::make_unique<MainWindow>(m_languages.get());
    window->setClouds({{QStringLiteral("ovh-gra11"), QStringLiteral("/home/student/.config/openstack/clouds.yaml")},
                       {QStringLiteral("zenith-demo"), QStringLiteral("built-in"), true}});
    window->show();
    auto* notice = window->findChild<QWidget*>(QStringLiteral("simulatedCloudNotice"));
    QVERIFY(notice);
    auto* cloudCombo = window->findChild<QComboBox*>(QStringLiteral("cloudCombo"));
    QCOMPARE(cloudCombo->itemText(1), QStringLiteral("Demo cloud (simulated)"));
    QVERIFY(cloudCombo->itemData(1, Qt::ToolTipRole).toString().contains(u"simulated"));

    window->setCurrentCloud(QStringLiteral("zenith-demo"));
    QVERIFY(notice->isVisibleTo(window.get()));
    QCOMPARE(window->windowTitle(), QStringLiteral("Demo cloud (simulated)"));
    window->setCurrentCloud(QStringLiteral("ovh-gra11"));
    QVERIFY(!notice->isVisibleTo(window.get()));
    QCOMPARE(window->windowTitle(), QStringLiteral("ovh-gra11"));
}

void TestMainWindow::welcomePageWithoutClouds()
{
    auto window = makeWindow(false);
    window->setConfigSearchPaths({QStringLiteral("/etc/openstack/clouds.yaml")});
    window->show();
    auto* central = window->findChild<QStackedWidget*>(QStringLiteral("centralStack"));
    QVERIFY(central);
    QCOMPARE(central->currentWidget()->objectName(), QStringLiteral("welcomePage"));
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("welcomeWhere"))->text().contains(u"/etc/openstack/clouds.yaml"));
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("showAction_network"))->isEnabled());
    auto* cloudCombo = window->findChild<QComboBox*>(QStringLiteral("cloudCombo"));
    QVERIFY(!cloudCombo->isEnabled());
    QVERIFY(cloudCombo->toolTip().contains(u"No cloud"));

    // The demo cloud button stays hidden until something can answer it.
    auto* demo = window->findChild<QPushButton*>(QStringLiteral("demoCloudButton"));
    QVERIFY(!demo->isVisibleTo(window.get()));
    QSignalSpy demoSpy(window.get(), &MainWindow::demoCloudRequested);
    window->setDemoCloudAvailable(true);
    QVERIFY(demo->isVisibleTo(window.get()));
    QTest::mouseClick(demo, Qt::LeftButton);
    QCOMPARE(demoSpy.count(), 1);

    window->setClouds({{QStringLiteral("ovh-gra11"), QStringLiteral("/tmp/clouds.yaml")}});
    QCOMPARE(central->currentWidget()->objectName(), QStringLiteral("workspace"));
    QVERIFY(window->findChild<QAction*>(QStringLiteral("showAction_network"))->isEnabled());
    QVERIFY(cloudCombo->isEnabled());
}

void TestMainWindow::sidebarSwitchesPages()
{
    auto window = makeWindow(true);
    window->show();
    auto* sidebar = window->findChild<QListWidget*>(QStringLiteral("navigationSidebar"));
    auto* stack = window->findChild<QStackedWidget*>(QStringLiteral("paneStack"));
    QVERIFY(sidebar && stack);
    QCOMPARE(sidebar->count(), 5);
    QCOMPARE(sidebar->item(3)->text(), QStringLiteral("DNS"));
    QVERIFY(!sidebar->item(0)->icon().isNull());

    QSignalSpy spy(window.get(), &MainWindow::currentAreaChanged);
    const QList<Area> areas = allAreas();
    for (qsizetype row = areas.size() - 1; row >= 0; --row) {
        sidebar->setCurrentRow(static_cast<int>(row));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyState_") + areaKey(areas.at(row)));
    }
    QCOMPARE(spy.count(), 5);
    QCOMPARE(spy.last().at(0).value<Area>(), Area::Compute);

    // Keyboard navigation.
    sidebar->setFocus();
    QTest::keyClick(sidebar, Qt::Key_Down);
    QCOMPARE(window->currentArea(), Area::Network);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyState_network"));
    QTest::keyClick(sidebar, Qt::Key_End);
    QCOMPARE(window->currentArea(), Area::Lab);
    QCOMPARE(spy.last().at(0).value<Area>(), Area::Lab);

    // Empty states say what will be there.
    auto* description = stack->currentWidget()->findChild<QLabel*>(QStringLiteral("emptyStateDescription"));
    QVERIFY(description->text().size() > 40);
    QVERIFY(!description->text().contains(u"TODO", Qt::CaseInsensitive));
}

void TestMainWindow::viewShortcutsSwitchPages()
{
    auto window = makeWindow(true);
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto* volumes = window->findChild<QAction*>(QStringLiteral("showAction_volumes"));
    QCOMPARE(volumes->shortcut(), QKeySequence(QStringLiteral("Ctrl+3")));
    volumes->trigger();
    QCOMPARE(window->currentArea(), Area::Volumes);

    QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window->currentArea(), Area::Dns);
    QVERIFY(window->findChild<QAction*>(QStringLiteral("showAction_dns"))->isChecked());
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window->currentArea(), Area::Compute);
}

void TestMainWindow::setPaneReplacesEmptyState()
{
    auto window = makeWindow(true);
    QPointer<QWidget> emptyState = window->findChild<QWidget*>(QStringLiteral("emptyState_dns"));
    QVERIFY(emptyState);
    auto* pane = new TestPane(Area::Dns);
    window->setPane(pane);
    QCOMPARE(pane->activations, 0);

    window->setCurrentArea(Area::Dns);
    QCOMPARE(window->findChild<QStackedWidget*>(QStringLiteral("paneStack"))->currentWidget(), pane);
    QVERIFY(pane->isActive());
    QCOMPARE(pane->activations, 1);
    window->setCurrentArea(Area::Compute);
    QVERIFY(!pane->isActive());
    QCOMPARE(pane->deactivations, 1);
    QTRY_VERIFY(emptyState.isNull());
}

void TestMainWindow::switcherSettersDoNotEmit()
{
    auto window = makeWindow(true);
    QSignalSpy clouds(window.get(), &MainWindow::cloudSelected);
    QSignalSpy projects(window.get(), &MainWindow::projectSelected);
    QSignalSpy regions(window.get(), &MainWindow::regionSelected);
    window->setCurrentCloud(QStringLiteral("envvars"));
    window->setProjects(
        {{QStringLiteral("p1"), QStringLiteral("alpha")}, {QStringLiteral("p2"), QStringLiteral("beta")}});
    window->setCurrentProject(QStringLiteral("p2"));
    window->setRegions({QStringLiteral("GRA11"), QStringLiteral("SBG5")});
    window->setCurrentRegion(QStringLiteral("SBG5"));
    QCOMPARE(clouds.count(), 0);
    QCOMPARE(projects.count(), 0);
    QCOMPARE(regions.count(), 0);
    QCOMPARE(window->findChild<QComboBox*>(QStringLiteral("cloudCombo"))->currentData().toString(), u"envvars");
    QCOMPARE(window->findChild<QComboBox*>(QStringLiteral("projectCombo"))->currentText(), u"beta");
    QCOMPARE(window->findChild<QComboBox*>(QStringLiteral("regionCombo"))->currentText(), u"SBG5");
}

void TestMainWindow::switcherEmitsUserChoices()
{
    auto window = makeWindow(true);
    window->show();
    window->setCurrentCloud(QStringLiteral("ovh-gra11"));
    window->setProjects(
        {{QStringLiteral("p1"), QStringLiteral("alpha")}, {QStringLiteral("p2"), QStringLiteral("beta")}});
    window->setCurrentProject(QStringLiteral("p1"));
    window->setRegions({QStringLiteral("GRA11"), QStringLiteral("SBG5")});
    window->setCurrentRegion(QStringLiteral("GRA11"));
    QSignalSpy clouds(window.get(), &MainWindow::cloudSelected);
    QSignalSpy projects(window.get(), &MainWindow::projectSelected);
    QSignalSpy regions(window.get(), &MainWindow::regionSelected);

    QTest::keyClick(window->findChild<QComboBox*>(QStringLiteral("cloudCombo")), Qt::Key_Down);
    QCOMPARE(clouds.count(), 1);
    QCOMPARE(clouds.first().at(0).toString(), u"envvars");
    QTest::keyClick(window->findChild<QComboBox*>(QStringLiteral("projectCombo")), Qt::Key_Down);
    QCOMPARE(projects.count(), 1);
    QCOMPARE(projects.first().at(0).toString(), u"p2"); // the id, not the name
    QTest::keyClick(window->findChild<QComboBox*>(QStringLiteral("regionCombo")), Qt::Key_Down);
    QCOMPARE(regions.count(), 1);
    QCOMPARE(regions.first().at(0).toString(), u"SBG5");
}

void TestMainWindow::switcherDisablesInapplicableChoices()
{
    auto window = makeWindow(true);
    auto* project = window->findChild<QComboBox*>(QStringLiteral("projectCombo"));
    auto* region = window->findChild<QComboBox*>(QStringLiteral("regionCombo"));
    QVERIFY(!project->isEnabled());
    QVERIFY(project->toolTip().contains(u"Sign in"));
    QVERIFY(!region->isEnabled());
    QVERIFY(region->toolTip().contains(u"Sign in"));

    window->setRegions({QStringLiteral("GRA11")});
    QVERIFY(!region->isEnabled());
    QCOMPARE(region->currentText(), u"GRA11");
    QVERIFY(region->toolTip().contains(u"single region"));
    window->setRegions({QStringLiteral("GRA11"), QStringLiteral("BHS5")});
    QVERIFY(region->isEnabled());

    window->setProjects(
        {{QStringLiteral("p1"), QStringLiteral("alpha")}, {QStringLiteral("p2"), QStringLiteral("beta")}});
    QVERIFY(project->isEnabled());
    window->setProjects({});
    QVERIFY(!project->isEnabled());
    QCOMPARE(project->currentIndex(), -1);
}

void TestMainWindow::activityShowsAndHides()
{
    auto window = makeWindow(true);
    window->show();
    auto* activity = window->findChild<ActivityIndicator*>(QStringLiteral("activityIndicator"));
    auto* spinner = activity->findChild<BusyIndicator*>();
    QVERIFY(!activity->isVisible());

    window->setInFlight(3);
    QVERIFY(activity->isVisible());
    QVERIFY(spinner->isAnimating());
    QCOMPARE(activity->text(), QStringLiteral("3 requests in progress"));
    window->setInFlight(1);
    QCOMPARE(activity->text(), QStringLiteral("1 request in progress"));

    window->setInFlight(0);
    QVERIFY(!activity->isVisible());
    QVERIFY(!spinner->isAnimating());
}

void TestMainWindow::errorShowsDetailsWithoutSecrets()
{
    auto window = makeWindow(true);
    window->show();
    const QString token = QStringLiteral("gAAAAABlZ2hQ7d1x_Yq3Vt0bS8kK2mQ9uN4pL6wE1rT5yU7iO3aS9dF2gH4jK6lZ8xC0vB1nM3");
    ApiError error;
    error.kind = ApiError::Kind::Conflict;
    error.httpStatus = 409;
    error.service = QStringLiteral("network");
    error.code = QStringLiteral("NetworkInUse");
    error.requestId = QStringLiteral("req-6f1c2d3e-8a9b-4c5d-9e0f-123456789abc");
    // Once bare (as some services echo it) and once as a header line.
    error.message = QStringLiteral("Unable to complete operation on network net-1: one or more ports are in use. "
                                   "Token ") +
                    token + QStringLiteral(" was used. X-Auth-Token: ") + token;
    window->showError(error);

    auto* indicator = window->findChild<LastErrorIndicator*>(QStringLiteral("lastErrorIndicator"));
    QVERIFY(indicator->isVisible());
    QVERIFY(indicator->text().contains(error.requestId));
    QVERIFY(indicator->text().contains(u"409"));
    const QString tip = window->findChild<QToolButton*>(QStringLiteral("lastErrorButton"))->toolTip();
    for (const QString& part :
         {error.requestId, error.service, QStringLiteral("409"), QStringLiteral("ports are in use")})
        QVERIFY2(tip.contains(part), qPrintable(part));

    indicator->showDetails();
    ErrorDetailsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ErrorDetailsDialog*>()) != nullptr);
    const QString details = dialog->findChild<QLabel*>(QStringLiteral("errorDetailsText"))->text();
    QVERIFY(details.contains(error.requestId));
    QVERIFY(details.contains(u"NetworkInUse"));
    QGuiApplication::clipboard()->clear();
    const auto buttons = dialog->findChildren<QPushButton*>();
    for (QPushButton* button : buttons) {
        if (button->text() == u"Copy Details")
            button->click();
    }
    QVERIFY(QGuiApplication::clipboard()->text().contains(error.requestId));

    QStringList seen = visibleStrings(window.get()) + visibleStrings(dialog);
    seen << QGuiApplication::clipboard()->text();
    for (const QString& text : std::as_const(seen))
        QVERIFY2(!text.contains(token), qPrintable(text));

    dialog->close();
    window->clearError();
    QVERIFY(!indicator->isVisible());
}

void TestMainWindow::cancellationsAreNotErrors()
{
    auto window = makeWindow(true);
    window->show();
    window->showError(ApiError::local(ApiError::Kind::Cancelled, QStringLiteral("cancelled")));
    QVERIFY(!window->findChild<LastErrorIndicator*>(QStringLiteral("lastErrorIndicator"))->isVisible());
}

void TestMainWindow::languageSwitchRetranslatesLive()
{
    auto window = makeWindow(true);
    window->show();
    auto* title = window->findChild<QWidget*>(QStringLiteral("emptyState_compute"))
                      ->findChild<QLabel*>(QStringLiteral("emptyStateTitle"));
    auto* sidebar = window->findChild<QListWidget*>(QStringLiteral("navigationSidebar"));
    QVERIFY(title->isVisible());
    QCOMPARE(title->text(), QStringLiteral("Compute"));
    window->setInFlight(2);

    m_languages->setLanguage(QStringLiteral("fr"));
    QTRY_COMPARE(title->text(), QStringLiteral("Calcul"));
    QCOMPARE(sidebar->item(1)->text(), QStringLiteral("Réseau"));
    QCOMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
    QCOMPARE(window->findChild<ActivityIndicator*>()->text(), QStringLiteral("2 requêtes en cours"));
    // Qt's own strings come from qtbase_fr.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));

    m_languages->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(title->text(), QStringLiteral("Compute"));
    QCOMPARE(sidebar->item(1)->text(), QStringLiteral("Network"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestMainWindow::preferencesSelectLanguage()
{
    PreferencesDialog dialog;
    dialog.setLanguage(m_languages->language());
    connect(&dialog, &PreferencesDialog::languageSelected, m_languages.get(), &LanguageManager::setLanguage);
    dialog.show();
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Preferences"));
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    QCOMPARE(combo->count(), 3);
    QVERIFY(combo->itemText(0).startsWith(u"System language"));
    QCOMPARE(combo->currentData().toString(), u"en");

    QSignalSpy spy(&dialog, &PreferencesDialog::languageSelected);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(0).toString(), u"fr");
    QCOMPARE(m_languages->effectiveLanguage(), u"fr");
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Préférences"));
    QVERIFY(combo->itemText(0).startsWith(u"Langue du système"));
    QCOMPARE(combo->currentData().toString(), u"fr");

    combo->setCurrentIndex(0);
    QVERIFY(m_languages->language().isEmpty());
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
}

void TestMainWindow::currentAreaIsRemembered()
{
    {
        auto window = makeWindow(true);
        window->show();
        window->setCurrentArea(Area::Volumes);
        window->close();
    }
    auto window = makeWindow(true);
    QCOMPARE(window->currentArea(), Area::Volumes);
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
