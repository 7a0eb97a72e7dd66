#include "serveractionevent.h"

#include "core/jsonreader.h"

namespace zenith {

Result<ServerActionEvent> ServerActionEvent::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("event"));
    ServerActionEvent e;
    e.event = r.string(u"event");
    e.startTime = r.dateTime(u"start_time");
    e.finishTime = r.optionalDateTime(u"finish_time");
    e.result = r.optionalString(u"result");
    e.hostId = r.optionalString(u"hostId");
    e.host = r.optionalString(u"host");
    e.traceback = r.optionalString(u"traceback");
    e.details = r.optionalString(u"details");
    if (!r.ok())
        return *r.error();
    return e;
}

} // namespace zenith
