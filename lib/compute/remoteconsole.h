#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace zenith {

//! A remote console of a server: the URL a browser (or viewer) opens.
struct RemoteConsole
{
    QString protocol; //!< vnc, spice, serial, rdp, mks
    QString type;     //!< novnc, xvpvnc, spice-html5, serial, rdp-html5, webmks
    QString url;      //!< carries a one-time token: treat it as a secret, never log it

    //! Reads the "remote_console" object.
    static Result<RemoteConsole> fromJson(const QJsonObject& json);
};

} // namespace zenith
