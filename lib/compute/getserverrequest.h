#pragma once

#include "server.h"

#include "core/requestspec.h"

namespace zenith {

//! GET /servers/{id}: one server with its details (what waitForStatus polls).
struct GetServerRequest
{
    using Response = Server;

    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
