#include "volumelimits.h"

#include "core/jsonreader.h"

namespace zenith {

Result<VolumeLimits> VolumeLimits::fromJson(const QJsonObject& json)
{
    JsonReader limits(json, QStringLiteral("limits"));
    JsonReader r = limits.child(u"absolute");
    VolumeLimits l;
    l.maxTotalVolumes = r.int32(u"maxTotalVolumes");
    l.totalVolumesUsed = r.int32(u"totalVolumesUsed");
    l.maxTotalVolumeGigabytes = r.int32(u"maxTotalVolumeGigabytes");
    l.totalGigabytesUsed = r.int32(u"totalGigabytesUsed");
    l.maxTotalSnapshots = r.int32(u"maxTotalSnapshots");
    l.totalSnapshotsUsed = r.int32(u"totalSnapshotsUsed");
    l.maxTotalBackups = r.optionalInt32(u"maxTotalBackups");
    l.totalBackupsUsed = r.optionalInt32(u"totalBackupsUsed");
    l.maxTotalBackupGigabytes = r.optionalInt32(u"maxTotalBackupGigabytes");
    l.totalBackupGigabytesUsed = r.optionalInt32(u"totalBackupGigabytesUsed");
    if (!limits.ok())
        return *limits.error();
    return l;
}

} // namespace zenith
