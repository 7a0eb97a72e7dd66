#pragma once

#include "floatingip.h"

#include "core/requestspec.h"

namespace zenith {

//! GET /v2.0/floatingips/{id}: one floating IP.
struct GetFloatingIpRequest
{
    using Response = FloatingIp;

    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
