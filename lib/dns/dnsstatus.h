#pragma once

#include <QString>

namespace zenith {

//! Where a zone or a record stands with its DNS servers, whatever the provider.
enum class DnsStatus {
    None,    //!< the provider has no statuses (OVHcloud): what the API holds is what is served
    Pending, //!< a change is on its way to the DNS servers
    Active,  //!< the DNS servers serve it
    Error,   //!< the DNS servers refused it or could not be reached
};

//! Reads Designate's status ("ACTIVE", "PENDING", "ERROR"); anything else is None.
DnsStatus dnsStatusFromDesignate(const QString& status);

} // namespace zenith
