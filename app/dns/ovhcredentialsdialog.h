#pragma once

#include "core/apierror.h"
#include "ovh/ovhcredentials.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace zenith {

class MessageBanner;
class OvhClient;
class SecretStore;
class Session;

//! Asks for the keys of OVHcloud's API: the endpoint (OVHcloud Europe, Canada, US, or the demo
//! cloud's simulation), the application key, and the application secret and consumer key (masked).
//! Connect tries them (GET /domain/zone) before keeping anything: a refusal is said in words next to
//! the fields, which keep what was typed. Accepted keys go to the keyring (SecretStore), never to
//! a log or to QSettings.
class OvhCredentialsDialog final : public QDialog
{
    Q_OBJECT

public:
    OvhCredentialsDialog(Session* session, SecretStore* secrets, QWidget* parent = nullptr);
    ~OvhCredentialsDialog() override;

    //! Fills the fields (the endpoint is added to the choices when it is none of OVHcloud's).
    void setCredentials(const OvhCredentials& credentials);
    //! Offers the demo cloud's simulated API as an endpoint, chosen and filled with its keys.
    void offerDemo(const OvhCredentials& demo);
    //! The keys as typed.
    OvhCredentials credentials() const;

    QComboBox* endpointField() const;
    QLineEdit* applicationKeyField() const;
    QLineEdit* applicationSecretField() const;
    QLineEdit* consumerKeyField() const;
    //! The refusal shown, empty when none.
    QString message() const;
    bool isBusy() const;
    //! Checks the fields, tries the keys, stores them; the same as the Connect button.
    void submit();
    //! Where to create keys for an endpoint: https://eu.api.ovh.com/createToken/ and its kin.
    static QString createTokenUrl(const QUrl& endpoint);

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    //! The keys work; `stored` is false when the keyring could not keep them (they then last until
    //! Zenith quits). The dialog then closes as accepted.
    void connected(const zenith::OvhCredentials& credentials, bool stored);
    void commandIssued(const QString& command, const QString& what);

private:
    void endpointChanged();
    void setBusy(bool busy);
    void refuse(const QString& message, QWidget* field);
    void tried(const OvhCredentials& keys, const ApiError* error);

    QPointer<Session> m_session;
    QPointer<SecretStore> m_secrets;
    QComboBox* m_endpoint;
    QLineEdit* m_applicationKey;
    QLineEdit* m_applicationSecret;
    QLineEdit* m_consumerKey;
    QLabel* m_intro;
    QLabel* m_hint;
    MessageBanner* m_banner;
    QDialogButtonBox* m_buttons;
    QPointer<OvhClient> m_trial;
    std::optional<OvhCredentials> m_demo;
    bool m_busy = false;
};

} // namespace zenith
