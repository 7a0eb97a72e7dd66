#pragma once

#include "core/apierror.h"
#include "logincredentials.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace zenith {

class BusyIndicator;
class MessageBanner;

//! Asks for the secret of one cloud (password, application credential secret, or token) under a
//! read-only summary of what will be used. It only collects: the caller authenticates on
//! signInRequested(), then calls accept() on success or showError() on failure.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(QWidget* parent = nullptr);

    //! Shows the cloud's name, auth URL, user and project; copies no secret out of it.
    void setCloud(const CloudConfig& cloud);
    //! Without a keyring, "Remember" is disabled and a note says why.
    void setKeyringAvailable(bool available);
    void setRemember(bool remember);

    LoginCredentials credentials() const;
    bool isBusy() const;

public Q_SLOTS:
    //! Locks the form while the caller authenticates; Cancel then stops the attempt.
    void setBusy(bool busy);
    //! Ends the busy state and explains the failure inline, keeping what was typed.
    void showError(const zenith::ApiError& error);
    //! Cancel and Escape: stop the attempt in progress if there is one, else close.
    void reject() override;

Q_SIGNALS:
    void signInRequested(const zenith::LoginCredentials& credentials);
    void signInCancelled();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    QLayout* buildHeader();
    QLayout* buildForm();
    QLayout* buildButtons();
    void retranslateUi();
    void updateRows();
    void fitHeight();
    void updateState();
    void submit();

    // What setCloud() keeps: identifying, never secret.
    QString m_cloudName;
    QUrl m_authUrl;
    QString m_user;
    QString m_project;
    QString m_credentialName;
    AuthSettings::Method m_method = AuthSettings::Method::Password;
    bool m_askCredentialId = false;
    bool m_keyringAvailable = true;
    bool m_busy = false;
    std::optional<ApiError> m_error;

    QLabel* m_header = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_cloudValue = nullptr;
    QLabel* m_urlValue = nullptr;
    QLabel* m_userValue = nullptr;
    QLabel* m_credentialValue = nullptr;
    QLabel* m_projectValue = nullptr;
    QLineEdit* m_credentialId = nullptr;
    QLineEdit* m_secret = nullptr;
    QAction* m_reveal = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_keyringNote = nullptr;
    MessageBanner* m_banner = nullptr;
    BusyIndicator* m_spinner = nullptr;
    QLabel* m_busyLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_signIn = nullptr;
};

} // namespace zenith
