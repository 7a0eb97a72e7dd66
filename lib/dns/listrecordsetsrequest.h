#pragma once

#include "recordset.h"

#include "core/paging.h"
#include "core/requestspec.h"

namespace zenith {

//! GET /v2/zones/{zone_id}/recordsets: a zone's record sets (SOA and NS included), a page at a time.
struct ListRecordSetsRequest
{
    using Response = Page<RecordSet>;

    QString zoneId;
    std::optional<int> limit;
    std::optional<QString> marker; //!< a record set id
    std::optional<QString> name;   //!< fully qualified, with its trailing dot
    std::optional<QString> type;   //!< "A", "MX", ...
    std::optional<QString> data;   //!< record sets holding a record with exactly this data ("192.0.2.10")

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
