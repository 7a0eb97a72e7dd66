#include "getvolumesnapshotrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec GetVolumeSnapshotRequest::spec() const
{
    return makeSpec(ServiceType::BlockStorage, HttpMethod::Get, QStringLiteral("snapshots/") + pathSegment(id));
}

Result<GetVolumeSnapshotRequest::Response> GetVolumeSnapshotRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<VolumeSnapshot>(body, u"snapshot");
}

} // namespace zenith
