#include "detachserverinterfacerequest.h"

#include "serverspec.h"

#include "core/requestbuilder.h"

namespace zenith {

RequestSpec DetachServerInterfaceRequest::spec() const
{
    return makeSpec(ServiceType::Compute, HttpMethod::Delete,
                    serverPath(serverId, QStringLiteral("/os-interface/") + pathSegment(portId)));
}

Result<DetachServerInterfaceRequest::Response> DetachServerInterfaceRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
