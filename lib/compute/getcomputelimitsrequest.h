#pragma once

#include "computelimits.h"

#include "core/requestspec.h"

namespace zenith {

//! GET /limits: the project's compute quotas and what it uses of them.
struct GetComputeLimitsRequest
{
    using Response = ComputeLimits;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
