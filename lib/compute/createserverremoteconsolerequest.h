#pragma once

#include "remoteconsole.h"

#include "core/requestspec.h"

namespace zenith {

//! POST /servers/{id}/remote-consoles {"remote_console": {"protocol", "type"}} (microversion 2.6):
//! a console URL for the server. A cloud without that console type answers 400
//! "Unavailable console type novnc.".
struct CreateServerRemoteConsoleRequest
{
    using Response = RemoteConsole;

    QString id; //!< the server
    QString protocol = QStringLiteral("vnc");
    QString type = QStringLiteral("novnc");

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
