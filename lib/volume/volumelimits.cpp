#include "volumelimits.h"

#include "core/jsonreader.h"

namespace zenith {

namespace {

std::optional<int> optionalInt(JsonReader& r, QStringView key)
{
    const auto value = r.optionalInteger(key);
    return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

} // namespace

Result<VolumeLimits> VolumeLimits::fromJson(const QJsonObject& json)
{
    JsonReader limits(json, QStringLiteral("limits"));
    JsonReader r = limits.child(u"absolute");
    VolumeLimits l;
    l.maxTotalVolumes = static_cast<int>(r.integer(u"maxTotalVolumes"));
    l.totalVolumesUsed = static_cast<int>(r.integer(u"totalVolumesUsed"));
    l.maxTotalVolumeGigabytes = static_cast<int>(r.integer(u"maxTotalVolumeGigabytes"));
    l.totalGigabytesUsed = static_cast<int>(r.integer(u"totalGigabytesUsed"));
    l.maxTotalSnapshots = static_cast<int>(r.integer(u"maxTotalSnapshots"));
    l.totalSnapshotsUsed = static_cast<int>(r.integer(u"totalSnapshotsUsed"));
    l.maxTotalBackups = optionalInt(r, u"maxTotalBackups");
    l.totalBackupsUsed = optionalInt(r, u"totalBackupsUsed");
    l.maxTotalBackupGigabytes = optionalInt(r, u"maxTotalBackupGigabytes");
    l.totalBackupGigabytesUsed = optionalInt(r, u"totalBackupGigabytesUsed");
    if (!limits.ok())
        return *limits.error();
    return l;
}

} // namespace zenith
