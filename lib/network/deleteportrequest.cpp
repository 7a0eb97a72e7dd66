#include "deleteportrequest.h"

#include "core/requestbuilder.h"

namespace zenith {

RequestSpec DeletePortRequest::spec() const
{
    return makeSpec(ServiceType::Network, HttpMethod::Delete, QStringLiteral("ports/") + pathSegment(id));
}

Result<DeletePortRequest::Response> DeletePortRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
