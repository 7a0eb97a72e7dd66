#include "computelimits.h"

#include "core/jsonreader.h"

namespace zenith {

namespace {

std::optional<int> optionalInt(JsonReader& r, QStringView key)
{
    const auto value = r.optionalInteger(key);
    return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

} // namespace

Result<ComputeLimits> ComputeLimits::fromJson(const QJsonObject& json)
{
    JsonReader limits(json, QStringLiteral("limits"));
    JsonReader r = limits.child(u"absolute");
    ComputeLimits l;
    l.maxTotalCores = static_cast<int>(r.integer(u"maxTotalCores"));
    l.maxTotalInstances = static_cast<int>(r.integer(u"maxTotalInstances"));
    l.maxTotalRAMSize = r.integer(u"maxTotalRAMSize");
    l.totalCoresUsed = static_cast<int>(r.integer(u"totalCoresUsed"));
    l.totalInstancesUsed = static_cast<int>(r.integer(u"totalInstancesUsed"));
    l.totalRAMUsed = r.integer(u"totalRAMUsed");
    l.maxServerGroups = optionalInt(r, u"maxServerGroups");
    l.maxServerGroupMembers = optionalInt(r, u"maxServerGroupMembers");
    l.totalServerGroupsUsed = optionalInt(r, u"totalServerGroupsUsed");
    l.maxTotalKeypairs = optionalInt(r, u"maxTotalKeypairs");
    l.maxServerMeta = optionalInt(r, u"maxServerMeta");
    if (!limits.ok())
        return *limits.error();
    return l;
}

} // namespace zenith
