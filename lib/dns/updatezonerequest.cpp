#include "updatezonerequest.h"

#include "core/jsonreader.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec UpdateZoneRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Dns, HttpMethod::Patch, QStringLiteral("zones/") + pathSegment(id));
    QJsonObject zone;
    insertIfSet(zone, QStringLiteral("email"), email);
    insertIfSet(zone, QStringLiteral("ttl"), ttl);
    insertIfSet(zone, QStringLiteral("description"), description);
    setJsonBody(s, zone);
    return s;
}

Result<UpdateZoneRequest::Response> UpdateZoneRequest::parse(int, const QByteArray& body)
{
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    return Zone::fromJson(json.value());
}

} // namespace zenith
