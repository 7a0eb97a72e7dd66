#include "cloudcontroller.h"

#include "signinflow.h"

#include "mainwindow/mainwindow.h"

#include "core/session.h"
#include "core/whenfinished.h"
#include "identity/listauthprojectsrequest.h"

#include <QMessageBox>
#include <QSettings>

namespace zenith {

CloudController::CloudController(MainWindow* window, SecretStore* secrets, ConfigEnvironment environment,
                                 QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_secrets(secrets)
    , m_clouds(std::move(environment))
{
    qRegisterMetaType<Session*>();
    connect(window, &MainWindow::cloudSelected, this, &CloudController::selectCloud);
    connect(window, &MainWindow::projectSelected, this, &CloudController::switchProject);
    connect(window, &MainWindow::regionSelected, this, &CloudController::switchRegion);
    connect(window, &MainWindow::openrcImportRequested, this, &CloudController::importOpenrc);
    connect(window, &MainWindow::cloudsYamlOpenRequested, this, &CloudController::openCloudsYaml);
}

CloudController::~CloudController() = default;

void CloudController::setDemoCloud(const CloudConfig& demo, bool preferred)
{
    m_demoCloud = demo.name;
    m_preferDemo = preferred;
    m_clouds.setBuiltIn(demo);
    m_window->setDemoCloudAvailable(true);
    connect(m_window, &MainWindow::demoCloudRequested, this, &CloudController::selectDemoCloud);
}

QString CloudController::displayName(const QString& cloud) const
{
    return m_clouds.isBuiltIn(cloud) ? tr("Demo cloud (simulated)") : cloud;
}

void CloudController::selectDemoCloud()
{
    selectCloud(m_demoCloud);
}

void CloudController::start()
{
    m_clouds.reload();
    m_window->setConfigSearchPaths(m_clouds.searchPaths());
    showClouds();
    reportProblems(m_clouds.problems());
    const QString name = m_preferDemo ? m_demoCloud : m_clouds.defaultCloud();
    if (!name.isEmpty())
        selectCloud(name);
}

void CloudController::showClouds()
{
    QList<CloudEntry> entries;
    for (const CloudConfig& c : m_clouds.clouds())
        entries.append(CloudEntry{c.name, c.source, m_clouds.isBuiltIn(c.name)});
    m_window->setClouds(entries);
    if (!m_current.isEmpty())
        m_window->setCurrentCloud(m_current);
}

void CloudController::reportProblems(const QList<ConfigError>& problems)
{
    if (problems.isEmpty())
        return;
    QStringList lines;
    for (const ConfigError& p : problems)
        lines.append(p.toString());
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cloud configuration"),
                                tr("Some clouds could not be read and are not listed:"), QMessageBox::Ok, m_window);
    box->setInformativeText(lines.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CloudController::selectCloud(const QString& name)
{
    const CloudConfig* cloud = m_clouds.find(name);
    if (!cloud)
        return;
    signOut();
    m_current = name;
    m_window->setCurrentCloud(name);
    QSettings().setValue(QStringLiteral("session/lastCloud"), name);

    auto* flow = new SignInFlow(*cloud, m_secrets, m_window, this);
    m_signIn = flow;
    connect(flow, &SignInFlow::signedIn, this, [this, flow](Session* session) {
        flow->deleteLater();
        adopt(session);
    });
    connect(flow, &SignInFlow::abandoned, this, [this, flow] {
        flow->deleteLater();
        m_window->showStatusMessage(tr("Not signed in to %1.").arg(displayName(m_current)));
    });
    connect(flow, &SignInFlow::noticed, this, [this](const QString& message) { m_window->showStatusMessage(message); });
    flow->start();
}

void CloudController::adopt(Session* session)
{
    m_session.reset(session);
    session->setParent(nullptr);
    connect(session, &Session::inFlightChanged, m_window, &MainWindow::setInFlight);
    connect(session, &Session::requestFailed, m_window, &MainWindow::showError);
    const Token token = *session->token();
    showScope(token);
    m_window->showStatusMessage(tr("Signed in to %1 as %2.").arg(displayName(m_current), token.user.name));
    loadProjects();
    Q_EMIT sessionChanged(session);
}

void CloudController::showScope(const Token& token)
{
    QStringList regions = token.catalog.regions();
    m_window->setRegions(regions);
    m_window->setCurrentRegion(m_session->region());
    if (token.project) {
        // Until the list arrives, the switcher shows the token's own project.
        m_window->setProjects({ProjectEntry{token.project->id, token.project->name}});
        m_window->setCurrentProject(token.project->id);
    }
}

void CloudController::loadProjects()
{
    Session* session = m_session.get();
    whenFinished(session->send(ListAuthProjectsRequest{}), session,
                 [this, session](const Result<QList<Project>>& projects) {
                     if (!projects)
                         return; // already in the status bar through requestFailed
                     QList<ProjectEntry> entries;
                     for (const Project& p : projects.value()) {
                         if (p.enabled)
                             entries.append(ProjectEntry{p.id, p.name});
                     }
                     m_window->setProjects(entries);
                     if (session->token() && session->token()->project)
                         m_window->setCurrentProject(session->token()->project->id);
                 });
}

void CloudController::switchProject(const QString& projectId)
{
    Session* session = m_session.get();
    if (!session || (session->token() && session->token()->project && session->token()->project->id == projectId))
        return;
    whenFinished(session->switchProject(projectId), session, [this, session](const Result<Token>& token) {
        if (!token) {
            m_window->showError(token.error());
            loadProjects(); // puts the switcher back on the project still in use
            return;
        }
        showScope(token.value());
        Q_EMIT sessionChanged(session);
    });
}

void CloudController::switchRegion(const QString& region)
{
    if (!m_session || m_session->region() == region)
        return;
    m_session->setRegion(region);
    Q_EMIT sessionChanged(m_session.get());
}

void CloudController::importOpenrc(const QString& path)
{
    QString name;
    if (auto error = m_clouds.addOpenrc(path, &name)) {
        reportProblems({*error});
        return;
    }
    showClouds();
    selectCloud(name);
}

void CloudController::openCloudsYaml(const QString& path)
{
    QStringList names;
    if (auto error = m_clouds.addCloudsYaml(path, &names)) {
        reportProblems({*error});
        return;
    }
    showClouds();
    if (!names.isEmpty())
        selectCloud(names.first());
}

void CloudController::signOut()
{
    delete m_signIn;
    if (m_session) {
        m_session.reset();
        Q_EMIT sessionChanged(nullptr);
    }
    m_window->setProjects({});
    m_window->setRegions({});
    m_window->setInFlight(0);
}

} // namespace zenith
