#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! DELETE /servers/{id}/os-volume_attachments/{volume_id}: detaches a volume (202); it goes
//! detaching, then available. 404 when the volume is not attached to this server.
struct DetachServerVolumeRequest
{
    using Response = NoContent;

    QString serverId;
    QString volumeId;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
