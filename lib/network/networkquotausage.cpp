#include "networkquotausage.h"

#include "core/jsonreader.h"

namespace zenith {

Result<NetworkQuotaUsage> NetworkQuotaUsage::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    NetworkQuotaUsage u;
    u.limit = r.int32(u"limit");
    u.used = r.int32(u"used");
    u.reserved = r.int32(u"reserved");
    if (!r.ok())
        return *r.error();
    return u;
}

} // namespace zenith
