#include "recordset.h"

#include "core/jsonreader.h"

namespace zenith {

Result<RecordSet> RecordSet::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("recordset"));
    RecordSet s;
    s.id = r.string(u"id");
    s.zoneId = r.string(u"zone_id");
    s.zoneName = r.optionalString(u"zone_name");
    s.name = r.string(u"name");
    s.type = r.string(u"type");
    s.records = r.stringList(u"records");
    if (const auto ttl = r.optionalInteger(u"ttl"))
        s.ttl = static_cast<int>(*ttl);
    s.status = r.string(u"status");
    s.action = r.string(u"action");
    s.description = r.optionalString(u"description");
    s.projectId = r.optionalString(u"project_id");
    s.version = r.int32(u"version");
    s.createdAt = r.dateTime(u"created_at");
    s.updatedAt = r.optionalDateTime(u"updated_at");
    if (!r.ok())
        return *r.error();
    return s;
}

} // namespace zenith
