#include "revoketokenrequest.h"

#include "core/requestbuilder.h"

namespace zenith {

RequestSpec RevokeTokenRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Identity, HttpMethod::Delete, QStringLiteral("auth/tokens"));
    s.headers.append({QByteArrayLiteral("X-Subject-Token"), token.toLatin1()});
    return s;
}

Result<RevokeTokenRequest::Response> RevokeTokenRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
