#pragma once

#include "volumelimits.h"

#include "core/requestspec.h"

namespace zenith {

//! GET /v3/{project}/limits: the project's volume, gigabyte and snapshot quotas and their use.
struct GetVolumeLimitsRequest
{
    using Response = VolumeLimits;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
