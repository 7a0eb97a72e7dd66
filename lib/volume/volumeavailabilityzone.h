#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace zenith {

//! A Cinder availability zone (os-availability-zone), where new volumes may be placed.
struct VolumeAvailabilityZone
{
    QString zoneName;
    bool available = false; //!< zoneState.available

    static Result<VolumeAvailabilityZone> fromJson(const QJsonObject& json);
};

} // namespace zenith
