#pragma once

#include "volumeavailabilityzone.h"

#include "core/requestspec.h"

#include <QList>

namespace zenith {

//! GET /v3/{project}/os-availability-zone: the zones where volumes can be created.
struct ListVolumeAvailabilityZonesRequest
{
    using Response = QList<VolumeAvailabilityZone>;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
