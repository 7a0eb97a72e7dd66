#include "serverfault.h"

#include "core/jsonreader.h"

namespace zenith {

Result<ServerFault> ServerFault::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("fault"));
    ServerFault f;
    f.code = r.int32(u"code");
    f.message = r.string(u"message");
    f.created = r.dateTime(u"created");
    f.details = r.optionalString(u"details");
    if (!r.ok())
        return *r.error();
    return f;
}

} // namespace zenith
