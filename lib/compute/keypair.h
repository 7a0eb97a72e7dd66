#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace zenith {

//! A Nova key pair: a named public key of the user, injected into servers at boot.
struct Keypair
{
    QString name;
    QString publicKey;
    QString fingerprint; //!< MD5 of the key, "aa:bb:..." (what `ssh-keygen -l -E md5` prints)
    QString type;        //!< "ssh" or "x509" (2.2 and later); empty below
    QString userId;      //!< on show and create only, not in lists
    QDateTime createdAt; //!< on show only; invalid elsewhere

    //! Reads the inner object of {"keypair": {...}} (lists wrap every element that way too).
    static Result<Keypair> fromJson(const QJsonObject& json);
};

} // namespace zenith
