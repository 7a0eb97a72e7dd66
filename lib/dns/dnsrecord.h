#pragma once

#include "dnsstatus.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace zenith {

//! Records of one name and type in a zone, as every provider shows them. Designate keeps every
//! value of a name and type in one record set; a provider with single-value records (OVHcloud)
//! gives one DnsRecord per value (DnsProvider::Capabilities::recordSets false).
struct DnsRecord
{
    QString id; //!< empty for a record not created yet
    QString zoneId;
    QString type;           //!< A, AAAA, CNAME, MX, TXT, CAA, NS, SRV, SOA...
    QString name;           //!< fully qualified, ending with a dot: "www.example.org."
    QStringList values;     //!< zone-file data of each record: "10 mail.example.org.", "\"v=spf1 -all\""
    std::optional<int> ttl; //!< nullopt: the zone's TTL
    DnsStatus status = DnsStatus::None;
    QString action; //!< CREATE, UPDATE, DELETE (Designate), or empty
    //! Designate's description (the lab tags its records with it); providers without one ignore it.
    QString description;

    friend bool operator==(const DnsRecord&, const DnsRecord&) = default;
};

} // namespace zenith
