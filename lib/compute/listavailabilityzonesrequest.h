#pragma once

#include "availabilityzone.h"

#include "core/requestspec.h"

#include <QList>

namespace zenith {

//! GET /os-availability-zone: the compute availability zones a server may be created in.
struct ListAvailabilityZonesRequest
{
    using Response = QList<AvailabilityZone>;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
