#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace zenith {

//! One record of an OVHcloud DNS zone, as GET /domain/zone/{zone}/record/{id} shows it. Unlike
//! Designate's record sets, each value is a record of its own with its own id.
struct OvhRecord
{
    qint64 id = 0;     //!< large numbers (5115496087): never an int
    QString zone;      //!< "example.org", no final dot
    QString subDomain; //!< relative to the zone: "www"; empty for the zone's apex
    QString fieldType; //!< A, AAAA, CNAME, MX, TXT, NS, SRV, CAA, ...
    QString target;    //!< the value as in a zone file: "203.0.113.7", "10 mail.example.org."
    int ttl = 0;       //!< seconds; 0 means the zone's default TTL

    //! Reads a record; a missing or mistyped field is a Parse error naming it ("record.target").
    static Result<OvhRecord> fromJson(const QJsonObject& json);
};

} // namespace zenith
