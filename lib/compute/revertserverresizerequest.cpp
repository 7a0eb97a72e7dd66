#include "revertserverresizerequest.h"

#include "serverspec.h"

namespace zenith {

RequestSpec RevertServerResizeRequest::spec() const
{
    return serverActionSpec(id, QStringLiteral("revertResize"));
}

Result<RevertServerResizeRequest::Response> RevertServerResizeRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
