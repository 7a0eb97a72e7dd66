#include "lockserverrequest.h"

#include "serverspec.h"

namespace zenith {

RequestSpec LockServerRequest::spec() const
{
    if (!reason)
        return serverActionSpec(id, QStringLiteral("lock"));
    // Below 2.73 Nova ignores the body of "lock": require 2.73 rather than lose the reason silently.
    RequestSpec s =
        serverActionSpec(id, QStringLiteral("lock"), QJsonObject{{QStringLiteral("locked_reason"), *reason}});
    s.minMicroversion = Microversion{2, 73};
    return s;
}

Result<LockServerRequest::Response> LockServerRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
