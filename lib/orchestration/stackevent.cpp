#include "stackevent.h"

#include "core/jsonreader.h"

namespace zenith {

Result<StackEvent> StackEvent::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("event"));
    StackEvent e;
    e.id = r.string(u"id");
    e.resourceName = r.string(u"resource_name");
    e.logicalResourceId = r.optionalString(u"logical_resource_id");
    e.physicalResourceId = r.optionalString(u"physical_resource_id");
    e.resourceType = r.optionalString(u"resource_type");
    e.resourceStatus = r.string(u"resource_status");
    e.resourceStatusReason = r.optionalString(u"resource_status_reason");
    e.eventTime = r.dateTime(u"event_time");
    if (!r.ok())
        return *r.error();
    return e;
}

} // namespace zenith
