#include "signinflow.h"

#include "login/logindialog.h"

#include "core/session.h"
#include "core/whenfinished.h"
#include "secrets/secretkey.h"
#include "secrets/secretstore.h"

namespace zenith {

SignInFlow::SignInFlow(const CloudConfig& cloud, SecretStore* secrets, QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_cloud(cloud)
    , m_secrets(secrets)
    , m_dialogParent(dialogParent)
{}

SignInFlow::~SignInFlow()
{
    delete m_dialog;
}

void SignInFlow::start()
{
    if (m_cloud.auth.hasSecret())
        authenticate(m_cloud, std::nullopt);
    else
        readKeyring();
}

void SignInFlow::readKeyring()
{
    whenFinished(m_secrets->read(secretKey(m_cloud)), this, [this](const SecretStore::ReadResult& stored) {
        if (!stored) {
            if (stored.error().kind == SecretError::Kind::Timeout)
                Q_EMIT noticed(tr("The system keyring did not answer; please type your password."));
            ask(std::nullopt);
            return;
        }
        CloudConfig cloud = m_cloud;
        LoginCredentials{cloud.auth.method, stored.value(), {}, true}.applyTo(cloud.auth);
        authenticate(cloud, std::nullopt);
    });
}

void SignInFlow::ask(const std::optional<ApiError>& error)
{
    if (!m_dialog) {
        m_dialog = new LoginDialog(m_dialogParent);
        m_dialog->setCloud(m_cloud);
        m_dialog->setRemember(true);
        connect(m_dialog, &LoginDialog::signInRequested, this, [this](const LoginCredentials& typed) {
            CloudConfig cloud = m_cloud;
            typed.applyTo(cloud.auth);
            authenticate(cloud, typed);
        });
        connect(m_dialog, &LoginDialog::signInCancelled, this, [this] { m_pending.reset(); });
        connect(m_dialog, &QDialog::rejected, this, [this] {
            if (!m_done) {
                m_done = true;
                Q_EMIT abandoned();
            }
        });
        // Learn whether "Remember" can work while the person types, not before the dialog shows.
        if (!m_keyringUsable) {
            whenFinished(m_secrets->probe(), this, [this](const SecretStore::WriteResult& probe) {
                m_keyringUsable = probe.ok();
                if (m_dialog)
                    m_dialog->setKeyringAvailable(probe.ok());
            });
        }
    }
    if (m_keyringUsable)
        m_dialog->setKeyringAvailable(*m_keyringUsable);
    if (error)
        m_dialog->showError(*error);
    m_dialog->open();
}

void SignInFlow::authenticate(const CloudConfig& cloud, const std::optional<LoginCredentials>& typed)
{
    m_pending = std::make_unique<Session>(cloud);
    Session* session = m_pending.get();
    whenFinished(session->authenticate(), session, [this, typed](const Result<Token>& token) {
        if (token)
            onAuthenticated(typed);
        else
            onFailed(token.error());
    });
}

void SignInFlow::onAuthenticated(const std::optional<LoginCredentials>& typed)
{
    if (typed)
        rememberOrForget(*typed);
    m_done = true;
    if (m_dialog)
        m_dialog->accept();
    Q_EMIT signedIn(m_pending.release());
}

void SignInFlow::onFailed(const ApiError& error)
{
    // Not deleted here: this runs from the session's own future watcher.
    m_pending.release()->deleteLater();
    ask(error);
}

void SignInFlow::rememberOrForget(const LoginCredentials& typed)
{
    CloudConfig cloud = m_cloud;
    typed.applyTo(cloud.auth);
    const QString key = secretKey(cloud);
    if (!typed.remember) {
        m_secrets->remove(key);
        return;
    }
    whenFinished(m_secrets->write(key, typed.secret), this, [this](const SecretStore::WriteResult& written) {
        if (!written)
            Q_EMIT noticed(
                tr("Your password could not be kept in the system keyring: %1").arg(written.error().message));
    });
}

} // namespace zenith
