#include "createzonerequest.h"

#include "core/jsonreader.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec CreateZoneRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Dns, HttpMethod::Post, QStringLiteral("zones"));
    QJsonObject zone{{QStringLiteral("name"), name}};
    insertIfSet(zone, QStringLiteral("email"), email);
    insertIfSet(zone, QStringLiteral("ttl"), ttl);
    insertIfSet(zone, QStringLiteral("description"), description);
    insertIfSet(zone, QStringLiteral("type"), type);
    insertIfSet(zone, QStringLiteral("masters"), masters);
    setJsonBody(s, zone);
    return s;
}

Result<CreateZoneRequest::Response> CreateZoneRequest::parse(int, const QByteArray& body)
{
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    return Zone::fromJson(json.value());
}

} // namespace zenith
