#pragma once

#include "recordset.h"

#include "core/requestspec.h"

#include <QStringList>

namespace zenith {

//! POST /v2/zones/{zone_id}/recordsets: creates a record set (202, PENDING/CREATE). Designate checks
//! each record's syntax (400 invalid_object), refuses a CNAME sharing its name with other records
//! (400 invalid_recordset_location) and a second set of the same name and type (409 duplicate_recordset).
struct CreateRecordSetRequest
{
    using Response = RecordSet;

    QString zoneId;
    QString name;        //!< fully qualified, inside the zone: "www.lab.example.org."
    QString type;        //!< A, AAAA, CNAME, MX, TXT, CAA, NS, SRV, PTR, SSHFP, SPF
    QStringList records; //!< zone-file data; CAA values unquoted ("0 issue letsencrypt.org")
    std::optional<int> ttl;
    std::optional<QString> description;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
