#include "createvolumesnapshotrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec CreateVolumeSnapshotRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::BlockStorage, HttpMethod::Post, QStringLiteral("snapshots"));
    QJsonObject snapshot{{QStringLiteral("volume_id"), volumeId}};
    insertIfSet(snapshot, QStringLiteral("name"), name);
    insertIfSet(snapshot, QStringLiteral("description"), description);
    // Only when asked: from 3.66 on Cinder rejects an explicit "force": false.
    if (force)
        snapshot.insert(QStringLiteral("force"), true);
    if (metadata)
        snapshot.insert(QStringLiteral("metadata"), toJsonObject(*metadata));
    setJsonBody(s, QJsonObject{{QStringLiteral("snapshot"), snapshot}});
    return s;
}

Result<CreateVolumeSnapshotRequest::Response> CreateVolumeSnapshotRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<VolumeSnapshot>(body, u"snapshot");
}

} // namespace zenith
