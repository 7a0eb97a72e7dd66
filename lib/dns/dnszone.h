#pragma once

#include "dnsstatus.h"

#include <QString>

#include <optional>

namespace zenith {

//! A DNS zone as every provider shows it. Designate names zones by id; OVHcloud by their domain,
//! which is then also their id.
struct DnsZone
{
    QString id;
    QString name;  //!< fully qualified, ending with a dot: "example.org."
    QString email; //!< the SOA contact, when the provider tells it
    std::optional<int> ttl;
    qint64 serial = 0; //!< the SOA serial, 0 when unknown
    DnsStatus status = DnsStatus::None;
    QString action; //!< the change under way: CREATE, UPDATE, DELETE (Designate), or empty

    //! True when two versions of a zone look the same to the user.
    friend bool operator==(const DnsZone&, const DnsZone&) = default;
};

//! What a new zone needs.
struct DnsZoneSpec
{
    QString name;  //!< fully qualified, ending with a dot
    QString email; //!< the SOA contact
    std::optional<int> ttl;
};

} // namespace zenith
