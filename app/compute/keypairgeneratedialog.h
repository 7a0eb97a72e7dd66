#pragma once

#include "compute/keypair.h"
#include "core/apierror.h"
#include "sshkeygenerator.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace zenith {

class BusyIndicator;
class MessageBanner;
class Session;

//! Makes a new Ed25519 key pair on this computer (ssh-keygen, asynchronously) and uploads only
//! its public key. The private key goes where the user chooses (default ~/.ssh/id_ed25519_NAME),
//! mode 0600; an existing file is replaced only after the user said so.
class KeypairGenerateDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit KeypairGenerateDialog(Session* session, QWidget* parent = nullptr);
    ~KeypairGenerateDialog() override;

    //! Names already in use: refused before anything is made.
    void setTakenNames(const QStringList& names);
    //! Runs this ssh-keygen (a name searched in PATH, or a path) instead of "ssh-keygen".
    void setKeygenProgram(const QString& program);

    void setName(const QString& name);
    //! Sets where the private key goes, as if typed (an existing file is still confirmed).
    void setPrivateKeyPath(const QString& path);
    //! Opens the save dialog (asynchronously), starting at the suggested path.
    void chooseFile();
    //! Checks the fields, asks before replacing a file, then generates and uploads.
    void submit();

    QString name() const;
    //! The absolute path of the private key ("~/" expanded).
    QString privateKeyPath() const;
    //! The message shown (refusal, warning or error), empty when none.
    QString message() const;
    bool isBusy() const;

public Q_SLOTS:
    //! Cancel and Escape: stop ssh-keygen if it runs (nothing is written) and close; while the
    //! public key uploads (one short request) the dialog waits.
    void reject() override;

Q_SIGNALS:
    //! The key pair exists in the cloud; its private key is at `privateKeyPath`.
    void generated(const zenith::Keypair& keypair, const QString& privateKeyPath);
    //! The equivalent command lines (ssh-keygen, then openstack keypair create).
    void commandIssued(const QString& command, const QString& what);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateSuggestedPath();
    void setBusy(bool busy);
    void refuse(const QString& message);
    void askOverwrite(const QString& path);
    void keyMade(const QString& path, const QByteArray& publicKey);
    void keyFailed(zenith::SshKeyGenerator::Failure failure, const QString& detail);
    void upload();
    void finish(const Result<Keypair>& created);
    QString missingProgramText() const;
    void warnIfProgramMissing();

    QPointer<Session> m_session;
    SshKeyGenerator* m_generator;
    QStringList m_taken;
    QFormLayout* m_form = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_choose = nullptr;
    QLabel* m_publicPath = nullptr;
    MessageBanner* m_banner = nullptr;
    BusyIndicator* m_busyIndicator = nullptr;
    QLabel* m_busyText = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_generate = nullptr;
    QString m_confirmedPath; //!< the user agreed to replace this file
    QString m_madePath;      //!< a key made but not uploaded yet: a retry only uploads
    QString m_madeKey;
    QString m_uploadName;
    bool m_pathChosen = false; //!< the user typed or chose the path: stop following the name
    bool m_busy = false;
};

} // namespace zenith
