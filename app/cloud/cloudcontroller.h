#pragma once

#include "cloudlist.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace zenith {

class MainWindow;
class SecretStore;
class Session;
class SignInFlow;
struct Token;

//! Connects the main window to clouds: lists them, signs in to the chosen one, switches project
//! and region, and feeds the status bar. Owns the Session of the cloud in use; panes follow
//! sessionChanged(). Never touches a secret itself: SignInFlow does.
class CloudController final : public QObject
{
    Q_OBJECT

public:
    CloudController(MainWindow* window, SecretStore* secrets, ConfigEnvironment environment, QObject* parent = nullptr);
    ~CloudController() override;

    //! Lists the built-in demo cloud; `preferred` makes it the one start() signs in to. Without
    //! any configured cloud, start() opens on it anyway.
    void setDemoCloud(const CloudConfig& demo, bool preferred);
    //! Reads the configuration and signs in to the default cloud.
    void start();
    //! The session in use, or nullptr when not signed in.
    Session* session() const { return m_session.get(); }
    const CloudList& clouds() const { return m_clouds; }

Q_SIGNALS:
    //! A new session, a new project or a new region: everything shown must be fetched again.
    void sessionChanged(zenith::Session* session);

private:
    void showClouds();
    void reportProblems(const QList<ConfigError>& problems);
    void selectCloud(const QString& name);
    void selectDemoCloud();
    //! How the cloud is named in messages: the demo cloud says that it is simulated.
    QString displayName(const QString& cloud) const;
    void adopt(Session* session);
    void showScope(const Token& token);
    void loadProjects();
    void switchProject(const QString& projectId);
    void switchRegion(const QString& region);
    void importOpenrc(const QString& path);
    void openCloudsYaml(const QString& path);
    void signOut();

    MainWindow* m_window;
    SecretStore* m_secrets;
    CloudList m_clouds;
    QString m_current;
    std::unique_ptr<Session> m_session;
    QPointer<SignInFlow> m_signIn;
    QString m_demoCloud;
    bool m_preferDemo = false;
};

} // namespace zenith
