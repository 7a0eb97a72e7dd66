#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace zenith {

//! A compute availability zone, as GET /os-availability-zone lists it.
struct AvailabilityZone
{
    QString name;           //!< zoneName
    bool available = false; //!< zoneState.available
    QStringList hosts;      //!< host names; empty for non-admins (Nova sends "hosts": null)

    //! Reads an element of "availabilityZoneInfo".
    static Result<AvailabilityZone> fromJson(const QJsonObject& json);
};

} // namespace zenith
