#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! DELETE /servers/{id}/os-interface/{port_id}: unplugs an interface (202); Nova deletes the port
//! if it created it. The work is asynchronous: Zed answers 202 even for a port the server does not
//! have, and the failure shows only in the server's action log (detach_interface, message "Error").
struct DetachServerInterfaceRequest
{
    using Response = NoContent;

    QString serverId;
    QString portId;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
