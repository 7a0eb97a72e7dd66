#include "rescueserverrequest.h"

#include "serverspec.h"

#include "core/jsonreader.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec RescueServerRequest::spec() const
{
    if (!adminPass && !rescueImageRef)
        return serverActionSpec(id, QStringLiteral("rescue"));
    QJsonObject args;
    insertIfSet(args, QStringLiteral("adminPass"), adminPass);
    insertIfSet(args, QStringLiteral("rescue_image_ref"), rescueImageRef);
    return serverActionSpec(id, QStringLiteral("rescue"), args);
}

Result<RescueServerRequest::Response> RescueServerRequest::parse(int, const QByteArray& body)
{
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    return RescuedServer::fromJson(json.value());
}

} // namespace zenith
