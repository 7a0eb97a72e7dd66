#pragma once

#include "zone.h"

#include "core/requestspec.h"

namespace zenith {

//! PATCH /v2/zones/{id}: changes a zone's email, TTL or description (202, PENDING/UPDATE; the
//! serial increases). The name and type cannot change (400 invalid_object).
struct UpdateZoneRequest
{
    using Response = Zone;

    QString id;
    std::optional<QString> email;
    std::optional<int> ttl;
    std::optional<QString> description;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
