#include "deletesubnetrequest.h"

#include "core/requestbuilder.h"

namespace zenith {

RequestSpec DeleteSubnetRequest::spec() const
{
    return makeSpec(ServiceType::Network, HttpMethod::Delete, QStringLiteral("subnets/") + pathSegment(id));
}

Result<DeleteSubnetRequest::Response> DeleteSubnetRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
