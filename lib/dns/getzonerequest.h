#pragma once

#include "zone.h"

#include "core/requestspec.h"

namespace zenith {

//! GET /v2/zones/{id}: one zone (what waitForStatus polls until it is ACTIVE).
struct GetZoneRequest
{
    using Response = Zone;

    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
