#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace zenith {

//! Nova's 202 answer to a server creation: the new server's id, before it is built.
struct CreatedServer
{
    QString id;
    QString adminPass; //!< the generated root password: a secret, never logged; empty when the cloud disables it
    QStringList securityGroups; //!< names, when Nova lists them

    //! Reads the "server" object of the 202 body.
    static Result<CreatedServer> fromJson(const QJsonObject& json);
};

} // namespace zenith
