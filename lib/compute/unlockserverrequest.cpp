#include "unlockserverrequest.h"

#include "serverspec.h"

namespace zenith {

RequestSpec UnlockServerRequest::spec() const
{
    return serverActionSpec(id, QStringLiteral("unlock"));
}

Result<UnlockServerRequest::Response> UnlockServerRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
