#include "serveraddress.h"

#include "core/jsonreader.h"

namespace zenith {

Result<ServerAddress> ServerAddress::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("address"));
    ServerAddress a;
    a.addr = r.string(u"addr");
    a.version = r.int32(u"version");
    // Both OS-EXT-IPS keys come from the v2.0 extensions that v2.1 always shows.
    a.type = r.optionalString(u"OS-EXT-IPS:type");
    a.macAddr = r.optionalString(u"OS-EXT-IPS-MAC:mac_addr");
    if (!r.ok())
        return *r.error();
    return a;
}

} // namespace zenith
