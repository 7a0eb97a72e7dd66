#include "getzonerequest.h"

#include "core/jsonreader.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec GetZoneRequest::spec() const
{
    return makeSpec(ServiceType::Dns, HttpMethod::Get, QStringLiteral("zones/") + pathSegment(id));
}

Result<GetZoneRequest::Response> GetZoneRequest::parse(int, const QByteArray& body)
{
    // Designate v2 does not wrap a single resource.
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    return Zone::fromJson(json.value());
}

} // namespace zenith
