#include "deletefloatingiprequest.h"

#include "core/requestbuilder.h"

namespace zenith {

RequestSpec DeleteFloatingIpRequest::spec() const
{
    return makeSpec(ServiceType::Network, HttpMethod::Delete, QStringLiteral("floatingips/") + pathSegment(id));
}

Result<DeleteFloatingIpRequest::Response> DeleteFloatingIpRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
