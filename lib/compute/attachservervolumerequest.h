#pragma once

#include "servervolumeattachment.h"

#include "core/requestspec.h"

#include <optional>

namespace zenith {

//! POST /servers/{id}/os-volume_attachments {"volumeAttachment": {...}}: attaches an available
//! volume (200); the volume goes in-use. 400 when it is attached already, 404 when it is unknown.
struct AttachServerVolumeRequest
{
    using Response = ServerVolumeAttachment;

    QString serverId;
    QString volumeId;
    std::optional<QString> device;           //!< "/dev/vdb"; a hint most hypervisors ignore
    std::optional<bool> deleteOnTermination; //!< needs microversion 2.79

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
