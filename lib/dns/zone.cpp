#include "zone.h"

#include "core/jsonreader.h"

namespace zenith {

Result<Zone> Zone::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("zone"));
    Zone z;
    z.id = r.string(u"id");
    z.name = r.string(u"name");
    z.email = r.optionalString(u"email");
    z.ttl = r.int32(u"ttl");
    z.serial = r.integer(u"serial");
    z.status = r.string(u"status");
    z.action = r.string(u"action");
    z.type = r.string(u"type");
    z.description = r.optionalString(u"description");
    z.poolId = r.optionalString(u"pool_id");
    z.projectId = r.optionalString(u"project_id");
    z.version = r.int32(u"version");
    z.masters = r.optionalStringList(u"masters");
    z.createdAt = r.dateTime(u"created_at");
    z.updatedAt = r.optionalDateTime(u"updated_at");
    z.transferredAt = r.optionalDateTime(u"transferred_at");
    if (!r.ok())
        return *r.error();
    return z;
}

} // namespace zenith
