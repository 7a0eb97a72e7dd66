#pragma once

#include "recordset.h"

#include "core/nullable.h"
#include "core/requestspec.h"

#include <QStringList>

namespace zenith {

//! PUT /v2/zones/{zone_id}/recordsets/{id}: replaces a record set's records, TTL or description
//! (202, PENDING/UPDATE). Fields left unset are kept; name and type cannot change.
struct UpdateRecordSetRequest
{
    using Response = RecordSet;

    QString zoneId;
    QString id;
    std::optional<QStringList> records; //!< the whole new list
    Nullable<int> ttl;                  //!< cleared: the zone's TTL applies again
    std::optional<QString> description;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
