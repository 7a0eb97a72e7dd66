#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace zenith {

//! Nova's 200 answer to a rescue: the rescue system's root password.
struct RescuedServer
{
    QString adminPass; //!< a secret, never logged; empty when the cloud disables instance passwords

    //! Reads the whole reply body ({"adminPass": ...} or {}).
    static Result<RescuedServer> fromJson(const QJsonObject& json);
};

} // namespace zenith
