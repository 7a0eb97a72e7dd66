#pragma once

#include "recordset.h"

#include "core/requestspec.h"

namespace zenith {

//! DELETE /v2/zones/{zone_id}/recordsets/{id}: deletes a record set (202 with it in PENDING/DELETE);
//! it answers 404 once gone (waitForDeletion).
struct DeleteRecordSetRequest
{
    using Response = RecordSet;

    QString zoneId;
    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
