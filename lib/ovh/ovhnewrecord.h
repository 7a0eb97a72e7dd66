#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace zenith {

//! The body of POST /domain/zone/{zone}/record: a new record.
struct OvhNewRecord
{
    QString fieldType;      //!< A, AAAA, CNAME, MX, TXT, ...
    QString subDomain;      //!< "www"; empty for the apex
    QString target;         //!< "203.0.113.7"
    std::optional<int> ttl; //!< seconds; unset: the zone's default

    //! {"fieldType", "subDomain", "target"[, "ttl"]}.
    QJsonObject toJson() const;
};

} // namespace zenith
