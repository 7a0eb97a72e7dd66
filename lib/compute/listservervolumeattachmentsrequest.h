#pragma once

#include "servervolumeattachment.h"

#include "core/requestspec.h"

#include <QList>

namespace zenith {

//! GET /servers/{id}/os-volume_attachments: the volumes attached to a server.
struct ListServerVolumeAttachmentsRequest
{
    using Response = QList<ServerVolumeAttachment>;

    QString serverId;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
