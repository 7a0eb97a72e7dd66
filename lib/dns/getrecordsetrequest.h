#pragma once

#include "recordset.h"

#include "core/requestspec.h"

namespace zenith {

//! GET /v2/zones/{zone_id}/recordsets/{id}: one record set.
struct GetRecordSetRequest
{
    using Response = RecordSet;

    QString zoneId;
    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
