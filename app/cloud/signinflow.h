#pragma once

#include "config/cloudconfig.h"
#include "core/apierror.h"
#include "login/logincredentials.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace zenith {

class LoginDialog;
class SecretStore;
class Session;

//! Signs in to one cloud: with the secret its configuration holds, else the one remembered in the
//! keyring, else by asking in the login dialog (again after a failure, with the reason inline).
//! Stores or forgets the secret in the keyring as the person chose. Ends with signedIn() or
//! abandoned(), exactly once.
class SignInFlow final : public QObject
{
    Q_OBJECT

public:
    SignInFlow(const CloudConfig& cloud, SecretStore* secrets, QWidget* dialogParent, QObject* parent = nullptr);
    ~SignInFlow() override;

    void start();
    const CloudConfig& cloud() const { return m_cloud; }

Q_SIGNALS:
    //! Authentication succeeded; the receiver takes ownership of the session.
    void signedIn(zenith::Session* session);
    //! The person closed the login dialog without signing in.
    void abandoned();
    //! Something worth a line in the status bar (a keyring that did not answer, say).
    void noticed(const QString& message);

private:
    void readKeyring();
    void ask(const std::optional<ApiError>& error);
    void authenticate(const CloudConfig& cloud, const std::optional<LoginCredentials>& typed);
    void onAuthenticated(const std::optional<LoginCredentials>& typed);
    void onFailed(const ApiError& error);
    void rememberOrForget(const LoginCredentials& typed);

    CloudConfig m_cloud;
    SecretStore* m_secrets;
    QWidget* m_dialogParent;
    QPointer<LoginDialog> m_dialog;
    std::unique_ptr<Session> m_pending;
    std::optional<bool> m_keyringUsable;
    bool m_done = false;
};

} // namespace zenith
