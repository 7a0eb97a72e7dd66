#pragma once

#include "port.h"

#include "core/requestspec.h"

namespace zenith {

//! GET /v2.0/ports/{id}: one port.
struct GetPortRequest
{
    using Response = Port;

    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
