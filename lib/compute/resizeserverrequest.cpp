#include "resizeserverrequest.h"

#include "serverspec.h"

namespace zenith {

RequestSpec ResizeServerRequest::spec() const
{
    return serverActionSpec(id, QStringLiteral("resize"), QJsonObject{{QStringLiteral("flavorRef"), flavorRef}});
}

Result<ResizeServerRequest::Response> ResizeServerRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
