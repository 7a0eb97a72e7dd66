#include "servervolumeattachment.h"

#include "core/jsonreader.h"

namespace zenith {

Result<ServerVolumeAttachment> ServerVolumeAttachment::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("volumeAttachment"));
    ServerVolumeAttachment a;
    a.volumeId = r.string(u"volumeId");
    a.serverId = r.string(u"serverId");
    // Left out when the block device mapping has no device name yet.
    a.device = r.optionalString(u"device");
    a.tag = r.optionalString(u"tag");
    a.deleteOnTermination = r.optionalBoolean(u"delete_on_termination");
    if (!r.ok())
        return *r.error();
    return a;
}

} // namespace zenith
