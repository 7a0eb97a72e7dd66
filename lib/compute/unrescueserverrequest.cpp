#include "unrescueserverrequest.h"

#include "serverspec.h"

namespace zenith {

RequestSpec UnrescueServerRequest::spec() const
{
    return serverActionSpec(id, QStringLiteral("unrescue"));
}

Result<UnrescueServerRequest::Response> UnrescueServerRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
