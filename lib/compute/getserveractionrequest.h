#pragma once

#include "serveraction.h"

#include "core/requestspec.h"

namespace zenith {

//! GET /servers/{id}/os-instance-actions/{request_id}: one action of a server with its events,
//! the place where an asynchronous failure shows (message "Error", an event with result "Error").
struct GetServerActionRequest
{
    using Response = ServerAction;

    QString serverId;
    QString requestId; //!< "req-..."

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
