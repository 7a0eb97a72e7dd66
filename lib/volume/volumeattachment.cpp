#include "volumeattachment.h"

#include "core/jsonreader.h"

namespace zenith {

Result<VolumeAttachment> VolumeAttachment::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    VolumeAttachment a;
    a.volumeId = r.string(u"id");
    a.attachmentId = r.string(u"attachment_id");
    a.serverId = r.optionalString(u"server_id");
    a.device = r.optionalString(u"device");
    a.attachedAt = r.optionalDateTime(u"attached_at");
    a.hostName = r.optionalString(u"host_name");
    if (!r.ok())
        return *r.error();
    return a;
}

} // namespace zenith
