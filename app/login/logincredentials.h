#pragma once

#include "config/cloudconfig.h"

#include <QMetaType>
#include <QString>

namespace zenith {

//! What the login dialog collected. Holds a secret: never log or persist it as a whole.
struct LoginCredentials
{
    AuthSettings::Method method = AuthSettings::Method::Password;
    QString secret;                  //!< the password, application credential secret or token
    QString applicationCredentialId; //!< only when the dialog had to ask for it
    bool remember = false;           //!< store the secret in the system keyring

    //! Copies the typed values into the auth settings the Session will sign in with.
    void applyTo(AuthSettings& auth) const;
};

} // namespace zenith

Q_DECLARE_METATYPE(zenith::LoginCredentials)
