#include "volumetype.h"

#include "core/jsonreader.h"

namespace zenith {

Result<VolumeType> VolumeType::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("volume_type"));
    VolumeType t;
    t.id = r.string(u"id");
    t.name = r.string(u"name");
    t.description = r.optionalString(u"description");
    t.isPublic = r.boolean(u"is_public");
    if (!r.isNull(u"extra_specs"))
        t.extraSpecs = r.optionalStringMap(u"extra_specs");
    if (!r.ok())
        return *r.error();
    return t;
}

} // namespace zenith
