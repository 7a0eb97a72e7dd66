#include "volume.h"

#include "core/jsonreader.h"

namespace zenith {

namespace {

// Cinder's views write bootable as str(bool).lower(), while its API reference documents a
// boolean: accept both, and no other string.
bool readBootable(const QJsonObject& json, JsonReader& r)
{
    const QJsonValue value = json.value(u"bootable");
    if (value.isBool())
        return value.toBool();
    const QString text = r.string(u"bootable");
    if (text == u"true")
        return true;
    if (text != u"false" && r.ok())
        r.fail(u"bootable", QStringLiteral("expected \"true\" or \"false\", got \"%1\"").arg(text));
    return false;
}

} // namespace

Result<Volume> Volume::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("volume"));
    Volume v;
    v.id = r.string(u"id");
    v.name = r.optionalString(u"name");
    v.status = r.string(u"status");
    v.size = r.int32(u"size");
    v.volumeType = r.optionalString(u"volume_type");
    v.availabilityZone = r.optionalString(u"availability_zone");
    v.bootable = readBootable(json, r);
    v.encrypted = r.boolean(u"encrypted");
    v.multiattach = r.boolean(u"multiattach");
    v.attachments = r.list<VolumeAttachment>(u"attachments");
    v.createdAt = r.dateTime(u"created_at");
    v.updatedAt = r.optionalDateTime(u"updated_at");
    v.description = r.optionalString(u"description");
    v.snapshotId = r.optionalString(u"snapshot_id");
    v.sourceVolumeId = r.optionalString(u"source_volid");
    v.metadata = r.optionalStringMap(u"metadata");
    v.imageMetadata = r.optionalStringMap(u"volume_image_metadata");
    v.userId = r.optionalString(u"user_id");
    v.projectId = r.optionalString(u"os-vol-tenant-attr:tenant_id");
    v.groupId = r.optionalString(u"group_id");
    v.host = r.optionalString(u"os-vol-host-attr:host");
    if (!r.ok())
        return *r.error();
    return v;
}

} // namespace zenith
