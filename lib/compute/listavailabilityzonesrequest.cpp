#include "listavailabilityzonesrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListAvailabilityZonesRequest::spec() const
{
    return makeSpec(ServiceType::Compute, HttpMethod::Get, QStringLiteral("os-availability-zone"));
}

Result<ListAvailabilityZonesRequest::Response> ListAvailabilityZonesRequest::parse(int, const QByteArray& body)
{
    return parseList<AvailabilityZone>(body, u"availabilityZoneInfo");
}

} // namespace zenith
