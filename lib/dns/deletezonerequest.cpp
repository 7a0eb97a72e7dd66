#include "deletezonerequest.h"

#include "core/jsonreader.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec DeleteZoneRequest::spec() const
{
    return makeSpec(ServiceType::Dns, HttpMethod::Delete, QStringLiteral("zones/") + pathSegment(id));
}

Result<DeleteZoneRequest::Response> DeleteZoneRequest::parse(int, const QByteArray& body)
{
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    return Zone::fromJson(json.value());
}

} // namespace zenith
