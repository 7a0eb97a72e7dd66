#include "stopserverrequest.h"

#include "serverspec.h"

namespace zenith {

RequestSpec StopServerRequest::spec() const
{
    return serverActionSpec(id, QStringLiteral("os-stop"));
}

Result<StopServerRequest::Response> StopServerRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
