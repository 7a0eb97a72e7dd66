#pragma once

#include "compute/keypair.h"
#include "core/apierror.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace zenith {

class BusyIndicator;
class MessageBanner;
class Session;

//! Imports a public key as a key pair, from a file (a file dialog in ~/.ssh) or pasted text.
//! Everything is checked before anything is sent: a private key, a file that is not a key, a key
//! too large or a name Nova would refuse gets a specific message and nothing is uploaded.
//! What the user typed stays when something is refused. Used by the Key pairs tab and the
//! launch dialog ("Import…").
class KeypairImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit KeypairImportDialog(Session* session, QWidget* parent = nullptr);
    ~KeypairImportDialog() override;

    //! Reads a file as if picked in the file dialog: fills the key (and the name, unless the user
    //! typed one) or explains why the file cannot be used, keeping the fields as they were.
    void loadFile(const QString& path);
    //! Opens the file dialog (asynchronously) in ~/.ssh, or where the last file was.
    void chooseFile();
    //! Checks the fields and, if they pass, uploads the key; the same as the Import button.
    void submit();

    QString name() const;
    QString keyText() const;
    //! The file the key came from; empty when pasted or edited since.
    QString sourceFile() const;
    //! The message shown (refusal or server error), empty when none.
    QString message() const;
    bool isBusy() const;

public Q_SLOTS:
    //! Cancel and Escape close the dialog, except while the upload (one short request) runs.
    void reject() override;

Q_SIGNALS:
    //! The key pair was created (the dialog then closes as accepted).
    void imported(const zenith::Keypair& keypair);
    //! The equivalent `openstack` command of the import, for the command dock.
    void commandIssued(const QString& command, const QString& what);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void setBusy(bool busy);
    void refuse(const QString& message);
    void keyEdited();
    void setSourceText(const QString& text);
    void finish(const QString& name, const Result<Keypair>& created);

    QPointer<Session> m_session;
    QFormLayout* m_form = nullptr;
    QLabel* m_intro = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_key = nullptr;
    QPushButton* m_choose = nullptr;
    QLabel* m_source = nullptr;
    MessageBanner* m_banner = nullptr;
    BusyIndicator* m_busyIndicator = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_import = nullptr;
    QString m_sourceFile;
    QString m_sourceText; //!< the whole text of m_source, shown elided
    QString m_lastFolder;
    bool m_nameTyped = false; //!< the user typed the name: never overwrite it
    bool m_filling = false;   //!< the dialog itself is writing the fields
    bool m_busy = false;
};

} // namespace zenith
