#include "deletesecuritygrouprequest.h"

#include "core/requestbuilder.h"

namespace zenith {

RequestSpec DeleteSecurityGroupRequest::spec() const
{
    return makeSpec(ServiceType::Network, HttpMethod::Delete, QStringLiteral("security-groups/") + pathSegment(id));
}

Result<DeleteSecurityGroupRequest::Response> DeleteSecurityGroupRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
