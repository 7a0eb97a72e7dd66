#include "image.h"

#include "core/jsonreader.h"

namespace zenith {

Result<Image> Image::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("image"));
    Image i;
    i.id = r.string(u"id");
    i.name = r.optionalString(u"name"); // Glance allows nameless images
    i.status = r.string(u"status");
    i.visibility = r.string(u"visibility");
    i.size = r.optionalInteger(u"size");
    i.minDisk = r.int32(u"min_disk");
    i.minRam = r.int32(u"min_ram");
    i.diskFormat = r.optionalString(u"disk_format");
    i.containerFormat = r.optionalString(u"container_format");
    i.owner = r.optionalString(u"owner");
    i.isProtected = r.boolean(u"protected");
    i.osDistro = r.optionalString(u"os_distro");
    i.tags = r.optionalStringList(u"tags");
    i.createdAt = r.dateTime(u"created_at");
    i.updatedAt = r.optionalDateTime(u"updated_at");
    if (!r.ok())
        return *r.error();
    return i;
}

} // namespace zenith
