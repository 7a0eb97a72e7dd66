#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace zenith {

//! Why a server is in ERROR: Nova's last instance fault (shown for ERROR and DELETED servers).
struct ServerFault
{
    int code = 0;    //!< an HTTP-like code: 500 for build failures, 404, 409...
    QString message; //!< "Build of instance ... aborted: ...", the text to show
    QDateTime created;
    QString details; //!< a traceback; admins only (or any user when code is not 500)

    //! Reads the "fault" object of a server.
    static Result<ServerFault> fromJson(const QJsonObject& json);
};

} // namespace zenith
