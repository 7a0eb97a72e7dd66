#include "deleterouterrequest.h"

#include "core/requestbuilder.h"

namespace zenith {

RequestSpec DeleteRouterRequest::spec() const
{
    return makeSpec(ServiceType::Network, HttpMethod::Delete, QStringLiteral("routers/") + pathSegment(id));
}

Result<DeleteRouterRequest::Response> DeleteRouterRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
