#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace zenith {

//! A volume attached to a server, as Nova's os-volume_attachments shows it.
struct ServerVolumeAttachment
{
    QString volumeId;
    QString serverId;
    QString device;                          //!< "/dev/vdb"; the hypervisor may use another name
    QString tag;                             //!< from 2.70
    std::optional<bool> deleteOnTermination; //!< from 2.79

    //! Reads one "volumeAttachment".
    static Result<ServerVolumeAttachment> fromJson(const QJsonObject& json);
};

} // namespace zenith
