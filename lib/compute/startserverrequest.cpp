#include "startserverrequest.h"

#include "serverspec.h"

namespace zenith {

RequestSpec StartServerRequest::spec() const
{
    return serverActionSpec(id, QStringLiteral("os-start"));
}

Result<StartServerRequest::Response> StartServerRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
