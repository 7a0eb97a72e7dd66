#pragma once

#include "ovh/ovhcredentials.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace zenith {

class DnsProvider;
class OvhCredentialsDialog;
class SecretStore;
class Session;

//! The row above the DNS zones that says whose DNS they are: OpenStack Designate or OVHcloud's
//! domain API. Remembers the choice per cloud (QSettings: the choice, OVHcloud's endpoint and
//! application key), keeps OVHcloud's secrets in the keyring (OvhCredentialsDialog,
//! OvhCredentialStore), and makes the provider the DNS tab uses. Owns the providers it makes.
class DnsProviderBar final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Designate, Ovh };

    explicit DnsProviderBar(QWidget* parent = nullptr);
    ~DnsProviderBar() override;

    //! Follows a session: the choice remembered for its cloud, then its provider (providerChanged).
    void setSession(Session* session);
    //! Where OVHcloud's secrets are kept; the system keyring unless set (tests: a memory store).
    void setSecretStore(SecretStore* secrets);
    //! Chooses a provider as the combo does; OVHcloud without stored keys opens the credentials dialog.
    void choose(Kind kind);
    Kind kind() const;
    //! The provider in use, nullptr while OVHcloud waits for its keys.
    DnsProvider* provider() const;
    QComboBox* providerField() const;
    //! Opens the credentials dialog (window-modal, not waited for), filled with the keys in use.
    OvhCredentialsDialog* changeCredentials();
    //! Removes OVHcloud's keys from the keyring and the settings; the zones go until new keys come.
    void forgetCredentials();
    //! The demo cloud's simulated OVHcloud keys when `session` is the built-in demo cloud.
    static std::optional<OvhCredentials> demoCredentials(const Session* session);

Q_SIGNALS:
    //! The provider to use from now on (nullptr: none yet).
    void providerChanged(zenith::DnsProvider* provider);
    //! Something to tell the person (a keyring that could not keep or read the keys).
    void noticed(const QString& text, bool error);
    void commandIssued(const QString& command, const QString& what);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState();
    void comboChanged();
    void apply(bool interactive);
    void useOvh(const OvhCredentials& credentials);
    void use(DnsProvider* provider);
    SecretStore* secrets();
    QString settingsGroup() const;

    QPointer<Session> m_session;
    QPointer<SecretStore> m_secrets;
    SecretStore* m_ownSecrets = nullptr;
    QPointer<DnsProvider> m_provider;
    std::optional<OvhCredentials> m_credentials; //!< OVHcloud's keys in use
    QLabel* m_label;
    QComboBox* m_kind;
    QPushButton* m_change;
    QPushButton* m_forget;
    quint64 m_generation = 0;
};

} // namespace zenith
