#pragma once

#include "router.h"

#include "core/requestspec.h"

namespace zenith {

//! GET /v2.0/routers/{id}: one router.
struct GetRouterRequest
{
    using Response = Router;

    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
