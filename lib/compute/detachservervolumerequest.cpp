#include "detachservervolumerequest.h"

#include "serverspec.h"

#include "core/requestbuilder.h"

namespace zenith {

RequestSpec DetachServerVolumeRequest::spec() const
{
    return makeSpec(ServiceType::Compute, HttpMethod::Delete,
                    serverPath(serverId, QStringLiteral("/os-volume_attachments/") + pathSegment(volumeId)));
}

Result<DetachServerVolumeRequest::Response> DetachServerVolumeRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
