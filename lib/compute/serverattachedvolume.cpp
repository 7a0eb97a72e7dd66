#include "serverattachedvolume.h"

#include "core/jsonreader.h"

namespace zenith {

Result<ServerAttachedVolume> ServerAttachedVolume::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("volume"));
    ServerAttachedVolume v;
    v.id = r.string(u"id");
    v.deleteOnTermination = r.optionalBoolean(u"delete_on_termination");
    if (!r.ok())
        return *r.error();
    return v;
}

} // namespace zenith
