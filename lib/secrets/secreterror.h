#pragma once

#include <QMetaType>
#include <QString>

namespace zenith {

//! Why a secret could not be read, written or removed. lib/ does not word it for people:
//! app/ turns the kind into text (e.g. "No system keyring is available").
struct SecretError
{
    enum class Kind {
        NotFound,    //!< nothing is stored under that key
        Unavailable, //!< no keyring answers: no D-Bus session, no Secret Service or KWallet, no backend
        Timeout,     //!< the keyring did not answer in time (a locked keyring whose prompt never shows)
        Denied,      //!< access refused: the person dismissed the unlock prompt, or a locked keyring cannot prompt
        Other,       //!< anything else, e.g. a keyring that returns another value than the one stored
    };

    Kind kind = Kind::Other;
    QString message; //!< the keyring's own words, for details and logs; never contains the secret
};

//! Stable, non-translated name of a kind, for logs and tests ("Unavailable").
QString kindName(SecretError::Kind kind);

} // namespace zenith

Q_DECLARE_METATYPE(zenith::SecretError)
