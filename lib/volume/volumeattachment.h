#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace zenith {

//! One attachment of a volume, as the volume's "attachments" list shows it (attached ones only).
struct VolumeAttachment
{
    QString volumeId;     //!< Cinder's "id" here is the volume's id, not the attachment's
    QString attachmentId; //!< the attachment's own id
    QString serverId;     //!< the Nova server; empty for an attachment to a bare host
    QString device;       //!< e.g. "/dev/vdb"; empty when Nova did not say
    QDateTime attachedAt; //!< invalid when unknown
    QString hostName;     //!< null for users on most clouds

    static Result<VolumeAttachment> fromJson(const QJsonObject& json);
};

} // namespace zenith
