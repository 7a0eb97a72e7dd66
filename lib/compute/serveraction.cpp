#include "serveraction.h"

#include "core/jsonreader.h"

namespace zenith {

Result<ServerAction> ServerAction::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("instanceAction"));
    ServerAction a;
    a.action = r.string(u"action");
    a.requestId = r.string(u"request_id");
    a.serverId = r.string(u"instance_uuid");
    a.userId = r.optionalString(u"user_id");
    a.projectId = r.optionalString(u"project_id");
    a.startTime = r.dateTime(u"start_time");
    a.updatedAt = r.optionalDateTime(u"updated_at");
    a.message = r.optionalString(u"message");
    a.events = r.optionalList<ServerActionEvent>(u"events");
    if (!r.ok())
        return *r.error();
    return a;
}

} // namespace zenith
