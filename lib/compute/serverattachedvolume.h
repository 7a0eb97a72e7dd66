#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace zenith {

//! A volume attached to a server, as the server's os-extended-volumes:volumes_attached lists it.
struct ServerAttachedVolume
{
    QString id;                              //!< the Cinder volume id
    std::optional<bool> deleteOnTermination; //!< from microversion 2.3

    //! Reads one entry of os-extended-volumes:volumes_attached.
    static Result<ServerAttachedVolume> fromJson(const QJsonObject& json);
};

} // namespace zenith
