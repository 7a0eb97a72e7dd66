#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace zenith {

//! The body of PUT /domain/zone/{zone}/record/{id}: the fields to change. A record's type
//! cannot change: delete it and create another.
struct OvhRecordUpdate
{
    std::optional<QString> subDomain;
    std::optional<QString> target;
    std::optional<int> ttl; //!< 0: back to the zone's default

    //! Only the fields that are set.
    QJsonObject toJson() const;
    bool isEmpty() const { return !subDomain && !target && !ttl; }
};

} // namespace zenith
