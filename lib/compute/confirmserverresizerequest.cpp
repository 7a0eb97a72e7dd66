#include "confirmserverresizerequest.h"

#include "serverspec.h"

namespace zenith {

RequestSpec ConfirmServerResizeRequest::spec() const
{
    return serverActionSpec(id, QStringLiteral("confirmResize"));
}

Result<ConfirmServerResizeRequest::Response> ConfirmServerResizeRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
