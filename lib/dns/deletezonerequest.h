#pragma once

#include "zone.h"

#include "core/requestspec.h"

namespace zenith {

//! DELETE /v2/zones/{id}: deletes a zone and all its record sets (202 with the zone in
//! PENDING/DELETE); it answers 404 once the DNS servers dropped it (waitForDeletion).
struct DeleteZoneRequest
{
    using Response = Zone;

    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
