#pragma once

#include "zone.h"

#include "core/requestspec.h"

#include <QStringList>

namespace zenith {

//! POST /v2/zones: creates a zone (202, status PENDING, action CREATE). The name must end with a
//! dot and the email be an address (400 invalid_object otherwise); a taken name is 409 duplicate_zone.
struct CreateZoneRequest
{
    using Response = Zone;

    QString name;                 //!< "lab.example.org."
    std::optional<QString> email; //!< required for PRIMARY zones, refused for SECONDARY ones
    std::optional<int> ttl;       //!< seconds; Designate's default is 3600
    std::optional<QString> description;
    std::optional<QString> type;        //!< PRIMARY (the default) or SECONDARY
    std::optional<QStringList> masters; //!< SECONDARY only: "host:port" of the primaries

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
