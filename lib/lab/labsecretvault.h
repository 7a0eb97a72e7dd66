#pragma once

#include "labsecrets.h"

#include "core/result.h"
#include "secrets/secreterror.h"

#include <QFuture>
#include <QString>

namespace zenith {

class SecretStore;

//! Keeps a lab's generated passwords in a SecretStore (the keyring), one entry per cloud and lab,
//! so that a resumed deployment renders the same user data and the teacher can read them back.
//! Never in the journal, a log or a command line.
class LabSecretVault
{
public:
    using SecretsResult = Result<LabSecrets, SecretError>;

    //! "zenith-lab:<cloud>|<lab>": never a key that secretKey() gives for a cloud's own credentials.
    static QString key(const QString& cloud, const QString& lab);
    //! The lab's stored secrets; when none are stored, fresh ones (LabSecrets::generate()),
    //! stored before they are given. Answers on `store`'s thread.
    static QFuture<SecretsResult> obtain(SecretStore& store, const QString& cloud, const QString& lab);
    //! Forgets them (after a teardown); forgetting absent secrets succeeds.
    static QFuture<Result<void, SecretError>> forget(SecretStore& store, const QString& cloud, const QString& lab);
};

} // namespace zenith
