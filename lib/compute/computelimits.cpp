#include "computelimits.h"

#include "core/jsonreader.h"

namespace zenith {

Result<ComputeLimits> ComputeLimits::fromJson(const QJsonObject& json)
{
    JsonReader limits(json, QStringLiteral("limits"));
    JsonReader r = limits.child(u"absolute");
    ComputeLimits l;
    l.maxTotalCores = r.int32(u"maxTotalCores");
    l.maxTotalInstances = r.int32(u"maxTotalInstances");
    l.maxTotalRAMSize = r.integer(u"maxTotalRAMSize");
    l.totalCoresUsed = r.int32(u"totalCoresUsed");
    l.totalInstancesUsed = r.int32(u"totalInstancesUsed");
    l.totalRAMUsed = r.integer(u"totalRAMUsed");
    l.maxServerGroups = r.optionalInt32(u"maxServerGroups");
    l.maxServerGroupMembers = r.optionalInt32(u"maxServerGroupMembers");
    l.totalServerGroupsUsed = r.optionalInt32(u"totalServerGroupsUsed");
    l.maxTotalKeypairs = r.optionalInt32(u"maxTotalKeypairs");
    l.maxServerMeta = r.optionalInt32(u"maxServerMeta");
    if (!limits.ok())
        return *limits.error();
    return l;
}

} // namespace zenith
