#include "getimagerequest.h"

#include "core/jsonreader.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec GetImageRequest::spec() const
{
    return makeSpec(ServiceType::Image, HttpMethod::Get, QStringLiteral("images/") + pathSegment(id));
}

Result<GetImageRequest::Response> GetImageRequest::parse(int, const QByteArray& body)
{
    // Glance, unlike the other services, does not wrap a single resource in {"image": ...}.
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    return Image::fromJson(json.value());
}

} // namespace zenith
