#include "extendvolumerequest.h"

#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ExtendVolumeRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::BlockStorage, HttpMethod::Post,
                             QStringLiteral("volumes/") + pathSegment(id) + QStringLiteral("/action"));
    setJsonBody(s, QJsonObject{{QStringLiteral("os-extend"), QJsonObject{{QStringLiteral("new_size"), newSize}}}});
    // Below 3.42 Cinder accepts the call only for an "available" volume.
    if (attached)
        s.minMicroversion = Microversion{3, 42};
    return s;
}

Result<ExtendVolumeRequest::Response> ExtendVolumeRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
