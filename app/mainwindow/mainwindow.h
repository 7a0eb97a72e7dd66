#pragma once

#include "cloudentry.h"
#include "core/apierror.h"
#include "panes/area.h"
#include "panes/resourcekind.h"
#include "projectentry.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace zenith {

class ActivityIndicator;
class CloudSwitcher;
class LanguageManager;
class LastErrorIndicator;
class MessageBanner;
class CommandDock;
class Pane;
class WelcomePage;
class Workspace;

//! The main window. It only assembles: toolbar with the cloud switcher, the welcome page or the
//! sidebar with its panes, the status bar, the menus. Plain values come in through the setters;
//! what the person asks for goes out as signals, for the controller to act on.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager* languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    //! The configured clouds; none shows the welcome page instead of the panes.
    void setClouds(const QList<CloudEntry>& clouds);
    void setCurrentCloud(const QString& name);
    void setProjects(const QList<ProjectEntry>& projects);
    void setCurrentProject(const QString& projectId);
    void setRegions(const QStringList& regions);
    void setCurrentRegion(const QString& region);
    //! Where the configuration loader looks for clouds.yaml, for the welcome page.
    void setConfigSearchPaths(const QStringList& paths);
    //! Shows "Use the demo cloud" on the welcome page once something answers demoCloudRequested().
    void setDemoCloudAvailable(bool available);

    //! Requests in flight, for the status bar (Session::inFlightChanged).
    void setInFlight(int count);
    //! The last failed request, for the status bar (Session::requestFailed). Cancellations are ignored.
    void showError(const ApiError& error);
    void clearError();
    void showStatusMessage(const QString& message, int timeoutMs = 5000);

    //! Installs a real pane for its area, replacing the empty-state page (takes ownership).
    //! Shows `pane` for its area; its commandIssued() goes to the Equivalent command dock.
    void setPane(Pane* pane);
    //! Shows a resource in the pane and tab that list it (the topology diagram's click-through);
    //! false when no pane lists that kind.
    bool openResource(ResourceKind kind, const QString& id);
    CommandDock* commandDock() const;
    Area currentArea() const;
    void setCurrentArea(Area area);

Q_SIGNALS:
    void cloudSelected(const QString& name);
    void projectSelected(const QString& projectId);
    void regionSelected(const QString& region);
    //! The person chose an openrc file to import.
    void openrcImportRequested(const QString& path);
    //! The person chose a clouds.yaml file to open.
    void cloudsYamlOpenRequested(const QString& path);
    void demoCloudRequested();
    void currentAreaChanged(zenith::Area area);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    //! The title and notice that say the demo cloud is a simulation.
    void updateSimulatedNotice();
    void updateCentralPage();
    void chooseOpenrc();
    void chooseCloudsYaml();
    QString chooseFile(const QString& title, const QString& filter, const QString& fallbackDir);
    void showPreferences();
    void showAbout();
    void saveSettings() const;
    void restoreSettings();

    LanguageManager* m_languages;
    CloudSwitcher* m_switcher;
    QToolBar* m_toolBar;
    CommandDock* m_commandDock;
    QStackedWidget* m_central;
    WelcomePage* m_welcome;
    Workspace* m_workspace;
    ActivityIndicator* m_activity;
    LastErrorIndicator* m_lastError;
    MessageBanner* m_simulatedNotice;
    QList<CloudEntry> m_clouds;
    QString m_currentCloud;
    bool m_hasClouds = false;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_importOpenrc = nullptr;
    QAction* m_openCloudsYaml = nullptr;
    QAction* m_quit = nullptr;
    QActionGroup* m_areaGroup = nullptr;
    QList<QAction*> m_areaActions;
    QAction* m_preferences = nullptr;
    QAction* m_about = nullptr;
    QAction* m_aboutQt = nullptr;
};

} // namespace zenith
