#include "createvolumerequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec CreateVolumeRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::BlockStorage, HttpMethod::Post, QStringLiteral("volumes"));
    QJsonObject volume;
    insertIfSet(volume, QStringLiteral("size"), size);
    insertIfSet(volume, QStringLiteral("name"), name);
    insertIfSet(volume, QStringLiteral("description"), description);
    insertIfSet(volume, QStringLiteral("volume_type"), volumeType);
    insertIfSet(volume, QStringLiteral("availability_zone"), availabilityZone);
    insertIfSet(volume, QStringLiteral("imageRef"), imageRef);
    insertIfSet(volume, QStringLiteral("snapshot_id"), snapshotId);
    insertIfSet(volume, QStringLiteral("source_volid"), sourceVolumeId);
    if (metadata)
        volume.insert(QStringLiteral("metadata"), toJsonObject(*metadata));
    setJsonBody(s, QJsonObject{{QStringLiteral("volume"), volume}});
    return s;
}

Result<CreateVolumeRequest::Response> CreateVolumeRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<Volume>(body, u"volume");
}

} // namespace zenith
