#include "deletevolumesnapshotrequest.h"

#include "core/requestbuilder.h"

namespace zenith {

RequestSpec DeleteVolumeSnapshotRequest::spec() const
{
    return makeSpec(ServiceType::BlockStorage, HttpMethod::Delete, QStringLiteral("snapshots/") + pathSegment(id));
}

Result<DeleteVolumeSnapshotRequest::Response> DeleteVolumeSnapshotRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
