#include "deletenetworkrequest.h"

#include "core/requestbuilder.h"

namespace zenith {

RequestSpec DeleteNetworkRequest::spec() const
{
    return makeSpec(ServiceType::Network, HttpMethod::Delete, QStringLiteral("networks/") + pathSegment(id));
}

Result<DeleteNetworkRequest::Response> DeleteNetworkRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
