#include "dnsstatus.h"

namespace zenith {

DnsStatus dnsStatusFromDesignate(const QString& status)
{
    if (status == u"ACTIVE")
        return DnsStatus::Active;
    if (status == u"PENDING")
        return DnsStatus::Pending;
    if (status == u"ERROR")
        return DnsStatus::Error;
    return DnsStatus::None;
}

} // namespace zenith
