#pragma once

#include <QCoreApplication>
#include <QFileIconProvider>

class QFileDialog;

namespace zenith {

//! The file dialogs' "Type" column for SSH keys: the system's MIME database calls a .pub file a
//! Microsoft Publisher document and a private key a plain file, which invites a student to pick the
//! wrong one. Here a public key says so, and a private key says it stays on this computer.
//! The dialog asks from its file-gathering thread: type() reads only names, never contents.
class SshKeyFileIconProvider final : public QFileIconProvider
{
    Q_DECLARE_TR_FUNCTIONS(zenith::SshKeyFileIconProvider)

public:
    //! Gives `dialog` a provider of its own, which lives as long as the dialog does.
    static void install(QFileDialog* dialog);

    QString type(const QFileInfo& info) const override;

private:
    static QString publicKeyType();
    static QString privateKeyType();
    static QString puttyKeyType();
};

} // namespace zenith
