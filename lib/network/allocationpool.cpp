#include "allocationpool.h"

#include "core/jsonreader.h"

namespace zenith {

Result<AllocationPool> AllocationPool::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    AllocationPool p;
    p.start = r.string(u"start");
    p.end = r.string(u"end");
    if (!r.ok())
        return *r.error();
    return p;
}

QJsonObject AllocationPool::toJson() const
{
    return QJsonObject{{QStringLiteral("start"), start}, {QStringLiteral("end"), end}};
}

} // namespace zenith
