#include "listvolumeavailabilityzonesrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListVolumeAvailabilityZonesRequest::spec() const
{
    return makeSpec(ServiceType::BlockStorage, HttpMethod::Get, QStringLiteral("os-availability-zone"));
}

Result<ListVolumeAvailabilityZonesRequest::Response> ListVolumeAvailabilityZonesRequest::parse(int,
                                                                                               const QByteArray& body)
{
    return parseList<VolumeAvailabilityZone>(body, u"availabilityZoneInfo");
}

} // namespace zenith
