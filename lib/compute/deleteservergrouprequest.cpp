#include "deleteservergrouprequest.h"

#include "core/requestbuilder.h"

namespace zenith {

RequestSpec DeleteServerGroupRequest::spec() const
{
    return makeSpec(ServiceType::Compute, HttpMethod::Delete, QStringLiteral("os-server-groups/") + pathSegment(id));
}

Result<DeleteServerGroupRequest::Response> DeleteServerGroupRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
