#include "mainwindow.h"

#include "common/commanddock.h"

#include "activityindicator.h"
#include "cloudswitcher.h"
#include "common/icons.h"
#include "common/languagemanager.h"
#include "common/messagebanner.h"
#include "lasterrorindicator.h"
#include "panes/pane.h"
#include "settings/preferencesdialog.h"
#include "welcome/welcomepage.h"
#include "workspace.h"
#include "zenithversion.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace zenith {

namespace {
constexpr auto geometryKey = QLatin1StringView("mainWindow/geometry");
constexpr auto stateKey = QLatin1StringView("mainWindow/state");
constexpr auto areaSettingKey = QLatin1StringView("mainWindow/area");
constexpr auto lastDirectoryKey = QLatin1StringView("dialogs/lastDirectory");
} // namespace

MainWindow::MainWindow(LanguageManager* languages, QWidget* parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_switcher(new CloudSwitcher(this))
    , m_toolBar(new QToolBar(this))
    , m_commandDock(new CommandDock(this))
    , m_central(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_central))
    , m_workspace(new Workspace(m_central))
    , m_activity(new ActivityIndicator(this))
    , m_lastError(new LastErrorIndicator(this))
    , m_simulatedNotice(new MessageBanner(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_toolBar->setObjectName(QStringLiteral("cloudToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->addWidget(m_switcher);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    // Shown from the start: the commands are half of what the lab teaches.
    addDockWidget(Qt::BottomDockWidgetArea, m_commandDock);

    m_central->addWidget(m_welcome);
    m_central->addWidget(m_workspace);
    m_central->setObjectName(QStringLiteral("centralStack"));
    m_simulatedNotice->setObjectName(QStringLiteral("simulatedCloudNotice"));
    m_simulatedNotice->setVisible(false);
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_simulatedNotice);
    centreLayout->addWidget(m_central, 1);
    setCentralWidget(centre);
    statusBar()->addWidget(m_lastError, 1);
    statusBar()->addPermanentWidget(m_activity);

    createActions();
    createMenus();

    connect(m_switcher, &CloudSwitcher::cloudSelected, this, &MainWindow::cloudSelected);
    connect(m_switcher, &CloudSwitcher::projectSelected, this, &MainWindow::projectSelected);
    connect(m_switcher, &CloudSwitcher::regionSelected, this, &MainWindow::regionSelected);
    connect(m_welcome, &WelcomePage::importOpenrcRequested, this, &MainWindow::chooseOpenrc);
    connect(m_welcome, &WelcomePage::openCloudsYamlRequested, this, &MainWindow::chooseCloudsYaml);
    connect(m_welcome, &WelcomePage::demoCloudRequested, this, &MainWindow::demoCloudRequested);
    connect(m_workspace, &Workspace::currentAreaChanged, this, [this](Area area) {
        m_areaActions.at(static_cast<int>(area))->setChecked(true);
        Q_EMIT currentAreaChanged(area);
    });

    retranslateUi();
    updateCentralPage();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_importOpenrc = new QAction(Icons::icon(QStringLiteral("import")), QString(), this);
    m_importOpenrc->setObjectName(QStringLiteral("importOpenrcAction"));
    connect(m_importOpenrc, &QAction::triggered, this, &MainWindow::chooseOpenrc);

    m_openCloudsYaml = new QAction(Icons::icon(QStringLiteral("open")), QString(), this);
    m_openCloudsYaml->setObjectName(QStringLiteral("openCloudsYamlAction"));
    m_openCloudsYaml->setShortcut(QKeySequence::Open);
    connect(m_openCloudsYaml, &QAction::triggered, this, &MainWindow::chooseCloudsYaml);

    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_areaGroup = new QActionGroup(this);
    const QList<Area> areas = allAreas();
    for (const Area area : areas) {
        auto* action = new QAction(Icons::icon(areaIconName(area)), QString(), m_areaGroup);
        action->setObjectName(QStringLiteral("showAction_") + areaKey(area));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(m_areaActions.size() + 1)));
        connect(action, &QAction::triggered, this, [this, area] { setCurrentArea(area); });
        m_areaActions.append(action);
    }
    m_areaActions.first()->setChecked(true);

    m_preferences = new QAction(Icons::icon(QStringLiteral("preferences")), QString(), this);
    m_preferences->setObjectName(QStringLiteral("preferencesAction"));
    m_preferences->setShortcut(QKeySequence::Preferences);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    m_about = new QAction(Icons::appIcon(), QString(), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQt = new QAction(this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_importOpenrc);
    m_fileMenu->addAction(m_openCloudsYaml);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_areaActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_toolBar->toggleViewAction());
    m_viewMenu->addAction(m_commandDock->toggleViewAction());

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->addAction(m_preferences);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);
}

void MainWindow::retranslateUi()
{
    updateSimulatedNotice();
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));
    m_importOpenrc->setText(tr("&Import openrc File…"));
    m_importOpenrc->setStatusTip(tr("Add the cloud described by an openrc file downloaded from Horizon"));
    m_openCloudsYaml->setText(tr("&Open clouds.yaml…"));
    m_openCloudsYaml->setStatusTip(tr("Read the clouds of a clouds.yaml file"));
    m_quit->setText(tr("&Quit"));
    const QList<Area> areas = allAreas();
    for (const Area area : areas)
        m_areaActions.at(static_cast<int>(area))->setText(areaTitle(area));
    m_toolBar->setWindowTitle(tr("Cloud Toolbar"));
    m_preferences->setText(tr("&Preferences…"));
    m_about->setText(tr("&About Zenith"));
    m_aboutQt->setText(tr("About &Qt"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::setClouds(const QList<CloudEntry>& clouds)
{
    m_clouds = clouds;
    m_switcher->setClouds(clouds);
    m_hasClouds = !clouds.isEmpty();
    updateCentralPage();
}

void MainWindow::setCurrentCloud(const QString& name)
{
    m_switcher->setCurrentCloud(name);
    m_currentCloud = name;
    updateSimulatedNotice();
}

void MainWindow::updateSimulatedNotice()
{
    bool simulated = false;
    for (const CloudEntry& cloud : std::as_const(m_clouds))
        simulated = simulated || (cloud.simulated && cloud.name == m_currentCloud);
    // Qt appends the application display name: "ovh-gra11 — Zenith".
    setWindowTitle(simulated ? tr("Demo cloud (simulated)") : m_currentCloud);
    m_simulatedNotice->setVisible(simulated);
    if (simulated)
        m_simulatedNotice->showMessage(MessageBanner::Type::Information,
                                       tr("This is the demo cloud: a simulated OpenStack running inside Zenith on "
                                          "this computer. Nothing done here reaches a real cloud. To use your own, "
                                          "choose File › Import openrc File… or File › Open clouds.yaml…"));
}

void MainWindow::setProjects(const QList<ProjectEntry>& projects)
{
    m_switcher->setProjects(projects);
}

void MainWindow::setCurrentProject(const QString& projectId)
{
    m_switcher->setCurrentProject(projectId);
}

void MainWindow::setRegions(const QStringList& regions)
{
    m_switcher->setRegions(regions);
}

void MainWindow::setCurrentRegion(const QString& region)
{
    m_switcher->setCurrentRegion(region);
}

void MainWindow::setConfigSearchPaths(const QStringList& paths)
{
    m_welcome->setSearchPaths(paths);
}

void MainWindow::setDemoCloudAvailable(bool available)
{
    m_welcome->setDemoCloudAvailable(available);
}

void MainWindow::setInFlight(int count)
{
    m_activity->setInFlight(count);
}

void MainWindow::showError(const ApiError& error)
{
    // A cancellation is the person's own doing, not something to report.
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    m_lastError->setError(error);
}

void MainWindow::clearError()
{
    m_lastError->clear();
}

void MainWindow::showStatusMessage(const QString& message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::setPane(Pane* pane)
{
    m_workspace->setPane(pane);
    connect(pane, &Pane::commandIssued, m_commandDock, &CommandDock::showCommand);
    connect(pane, &Pane::openResourceRequested, this, &MainWindow::openResource);
}

bool MainWindow::openResource(ResourceKind kind, const QString& id)
{
    for (const Area area : allAreas()) {
        Pane* pane = m_workspace->pane(area);
        if (pane && pane->openResource(kind, id)) {
            setCurrentArea(area);
            return true;
        }
    }
    return false;
}

CommandDock* MainWindow::commandDock() const
{
    return m_commandDock;
}

Area MainWindow::currentArea() const
{
    return m_workspace->currentArea();
}

void MainWindow::setCurrentArea(Area area)
{
    m_workspace->setCurrentArea(area);
}

void MainWindow::updateCentralPage()
{
    m_central->setCurrentWidget(m_hasClouds ? static_cast<QWidget*>(m_workspace) : m_welcome);
    for (QAction* action : std::as_const(m_areaActions))
        action->setEnabled(m_hasClouds);
}

void MainWindow::chooseOpenrc()
{
    const QString path = chooseFile(tr("Import openrc File"),
                                    tr("openrc files (*openrc* *.sh)") + QStringLiteral(";;") + tr("All files (*)"),
                                    QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (!path.isEmpty())
        Q_EMIT openrcImportRequested(path);
}

void MainWindow::chooseCloudsYaml()
{
    const QString path = chooseFile(tr("Open clouds.yaml"),
                                    tr("OpenStack configuration (clouds.yaml clouds.yml *.yaml *.yml)") +
                                        QStringLiteral(";;") + tr("All files (*)"),
                                    QDir::homePath() + QStringLiteral("/.config/openstack"));
    if (!path.isEmpty())
        Q_EMIT cloudsYamlOpenRequested(path);
}

QString MainWindow::chooseFile(const QString& title, const QString& filter, const QString& fallbackDir)
{
    QSettings settings;
    QString dir = settings.value(lastDirectoryKey).toString();
    if (dir.isEmpty() || !QFileInfo::exists(dir))
        dir = QFileInfo::exists(fallbackDir) ? fallbackDir : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, title, dir, filter);
    if (!path.isEmpty())
        settings.setValue(lastDirectoryKey, QFileInfo(path).absolutePath());
    return path;
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.setLanguage(m_languages->language());
    connect(&dialog, &PreferencesDialog::languageSelected, m_languages, &LanguageManager::setLanguage);
    dialog.exec();
}

void MainWindow::showAbout()
{
    const QString text =
        QStringLiteral("<h3>Zenith %1</h3><p>").arg(QStringLiteral(ZENITH_VERSION)) +
        tr("A desktop client for OpenStack clouds: instances, networks, volumes, DNS, and whole labs "
           "built in a few steps.")
            .toHtmlEscaped() +
        QStringLiteral("</p><p>") +
        tr("Built with Qt %1, running on Qt %2.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())) +
        QStringLiteral("</p>");
    QMessageBox::about(this, tr("About Zenith"), text);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(areaSettingKey, areaKey(currentArea()));
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        // The first time: roomy on a desktop monitor (the lab's result page then shows its checklist
        // without scrolling), and within a 1366x768 laptop's screen.
        const QSize available = screen()->availableSize();
        resize(qMin(1280, available.width() * 9 / 10), qMin(880, available.height() * 9 / 10));
    }
    // The first time, the command dock gets the least height that shows its text and command line:
    // its word-wrapped explanation would otherwise ask for more, taken from the panes above.
    if (!restoreState(settings.value(stateKey).toByteArray()))
        resizeDocks({m_commandDock}, {m_commandDock->minimumSizeHint().height()}, Qt::Vertical);
    setCurrentArea(areaFromKey(settings.value(areaSettingKey).toString()));
}

} // namespace zenith
