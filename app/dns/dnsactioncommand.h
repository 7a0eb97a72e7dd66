#pragma once

#include "dns/dnsrecord.h"
#include "dns/dnszone.h"

#include <QList>
#include <QString>

namespace zenith {

class DnsProvider;

//! What the command dock shows for a record change, by provider: the `openstack recordset …` line
//! for Designate (DnsCommand), the HTTP call for OVHcloud (OvhCallCommand). Pure functions.
class DnsActionCommand
{
public:
    //! Adding `sent` (its name absolute, its values checked) to `zone`.
    static QString recordCreate(const DnsProvider* provider, const DnsZone& zone, const DnsRecord& sent);
    //! Changing `sent` (with its id); `records` are the zone's, to name a Designate record set.
    static QString recordUpdate(const DnsProvider* provider, const DnsZone& zone, const DnsRecord& sent,
                                const QList<DnsRecord>& records);
    //! Deleting `target`; `records` as for recordUpdate().
    static QString recordDelete(const DnsProvider* provider, const DnsZone& zone, const DnsRecord& target,
                                const QList<DnsRecord>& records);
    //! Publishing `zone`: OVHcloud's refresh; empty for providers that publish by themselves.
    static QString publish(const DnsProvider* provider, const DnsZone& zone);
    //! Listing the zones.
    static QString zoneList(const DnsProvider* provider);
    //! True for OVHcloud's provider, whose lines are HTTP calls.
    static bool isOvh(const DnsProvider* provider);
};

} // namespace zenith
