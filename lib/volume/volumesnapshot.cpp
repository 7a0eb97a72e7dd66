#include "volumesnapshot.h"

#include "core/jsonreader.h"

namespace zenith {

Result<VolumeSnapshot> VolumeSnapshot::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("snapshot"));
    VolumeSnapshot s;
    s.id = r.string(u"id");
    s.name = r.optionalString(u"name");
    s.status = r.string(u"status");
    s.size = r.int32(u"size");
    s.volumeId = r.string(u"volume_id");
    s.createdAt = r.dateTime(u"created_at");
    s.updatedAt = r.optionalDateTime(u"updated_at");
    s.description = r.optionalString(u"description");
    s.metadata = r.optionalStringMap(u"metadata");
    // The create reply carries neither extended attribute: they come with show and list only.
    s.progress = r.optionalString(u"os-extended-snapshot-attributes:progress");
    s.projectId = r.optionalString(u"os-extended-snapshot-attributes:project_id");
    s.userId = r.optionalString(u"user_id");
    s.groupSnapshotId = r.optionalString(u"group_snapshot_id");
    if (!r.ok())
        return *r.error();
    return s;
}

} // namespace zenith
