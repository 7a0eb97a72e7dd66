#include "networkquotausage.h"

#include "core/jsonreader.h"

namespace zenith {

Result<NetworkQuotaUsage> NetworkQuotaUsage::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    NetworkQuotaUsage u;
    u.limit = static_cast<int>(r.integer(u"limit"));
    u.used = static_cast<int>(r.integer(u"used"));
    u.reserved = static_cast<int>(r.integer(u"reserved"));
    if (!r.ok())
        return *r.error();
    return u;
}

} // namespace zenith
