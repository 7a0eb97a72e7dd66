#include "stack.h"

#include "core/jsonreader.h"

namespace zenith {

bool Stack::isSettled() const
{
    return status.endsWith(QStringLiteral("_COMPLETE")) || isFailed();
}

Result<Stack> Stack::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("stack"));
    Stack s;
    s.id = r.string(u"id");
    s.name = r.string(u"stack_name");
    s.status = r.string(u"stack_status");
    s.statusReason = r.optionalString(u"stack_status_reason");
    s.description = r.optionalString(u"description");
    s.outputs = r.optionalList<StackOutput>(u"outputs");
    // Heat answers null rather than [] for a stack created without tags on some releases.
    s.tags = r.optionalStringList(u"tags");
    s.creationTime = r.optionalDateTime(u"creation_time");
    s.updatedTime = r.optionalDateTime(u"updated_time");
    if (!r.ok())
        return *r.error();
    return s;
}

} // namespace zenith
