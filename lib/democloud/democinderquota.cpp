#include "democinderquota.h"

#include "democinderviews.h"

namespace zenith::demo::cinder {

CinderQuota CinderQuota::of(const DemoState& state, const QString& region, const QString& projectId)
{
    CinderQuota q;
    // One item of the shared "quotas" collection per project, its id prefixed by the service type
    // so that Nova's and Neutron's items of the same project stay apart.
    const QJsonObject* item =
        state.find(DemoState::key(region, QStringLiteral("quotas")), QStringLiteral("volume:") + projectId);
    if (!item)
        return q;
    const QJsonObject& set = *item;
    q.volumes = set.value(u"volumes").toInt(q.volumes);
    q.snapshots = set.value(u"snapshots").toInt(q.snapshots);
    q.gigabytes = set.value(u"gigabytes").toInt(q.gigabytes);
    q.backups = set.value(u"backups").toInt(q.backups);
    q.backupGigabytes = set.value(u"backup_gigabytes").toInt(q.backupGigabytes);
    return q;
}

CinderUsage CinderUsage::of(const DemoState& state, const QString& region, const QString& projectId)
{
    CinderUsage u;
    for (const QJsonObject& v : state.items(DemoState::key(region, QStringLiteral("volumes")))) {
        if (v.value(u"os-vol-tenant-attr:tenant_id").toString() != projectId)
            continue;
        ++u.volumes;
        // An extension reserves its new size from the moment Cinder accepts it.
        u.gigabytes += qMax(v.value(u"size").toInt(), v.value(u"_new_size").toInt());
    }
    for (const QJsonObject& s : state.items(DemoState::key(region, QStringLiteral("snapshots")))) {
        if (s.value(u"os-extended-snapshot-attributes:project_id").toString() != projectId)
            continue;
        ++u.snapshots;
        u.gigabytes += s.value(u"size").toInt();
    }
    return u;
}

namespace {

bool exceeds(int quota, int used, int wanted)
{
    return quota >= 0 && wanted > 0 && used + wanted > quota;
}

} // namespace

std::optional<DemoReply> refuseOverQuota(const DemoState& state, const DemoRequest& request,
                                         const CinderReservation& wanted)
{
    const QString project = request.caller.projectId;
    const CinderQuota quota = CinderQuota::of(state, request.region, project);
    const CinderUsage used = CinderUsage::of(state, request.region, project);
    if (exceeds(quota.volumes, used.volumes, wanted.volumes))
        return overLimit(
            QStringLiteral("VolumeLimitExceeded"),
            QStringLiteral("Maximum number of volumes allowed (%1) exceeded for quota 'volumes'.").arg(quota.volumes));
    if (exceeds(quota.snapshots, used.snapshots, wanted.snapshots))
        return overLimit(QStringLiteral("SnapshotLimitExceeded"),
                         QStringLiteral("Maximum number of snapshots allowed (%1) exceeded").arg(quota.snapshots));
    if (exceeds(quota.gigabytes, used.gigabytes, wanted.gigabytes))
        return overLimit(QStringLiteral("VolumeSizeExceedsAvailableQuota"),
                         QStringLiteral("Requested volume or snapshot exceeds allowed gigabytes quota. Requested "
                                        "%1G, quota is %2G and %3G has been consumed.")
                             .arg(wanted.gigabytes)
                             .arg(quota.gigabytes)
                             .arg(used.gigabytes));
    return std::nullopt;
}

QJsonObject limitsBody(const DemoState& state, const DemoRequest& request)
{
    const QString project = request.caller.projectId;
    const CinderQuota quota = CinderQuota::of(state, request.region, project);
    const CinderUsage used = CinderUsage::of(state, request.region, project);
    const QJsonObject absolute{
        {QStringLiteral("maxTotalVolumes"), quota.volumes},
        {QStringLiteral("maxTotalSnapshots"), quota.snapshots},
        {QStringLiteral("maxTotalVolumeGigabytes"), quota.gigabytes},
        {QStringLiteral("maxTotalBackups"), quota.backups},
        {QStringLiteral("maxTotalBackupGigabytes"), quota.backupGigabytes},
        {QStringLiteral("totalVolumesUsed"), used.volumes},
        {QStringLiteral("totalGigabytesUsed"), used.gigabytes},
        {QStringLiteral("totalSnapshotsUsed"), used.snapshots},
        {QStringLiteral("totalBackupsUsed"), 0},
        {QStringLiteral("totalBackupGigabytesUsed"), 0},
    };
    return QJsonObject{{QStringLiteral("limits"),
                        QJsonObject{{QStringLiteral("rate"), QJsonArray()}, {QStringLiteral("absolute"), absolute}}}};
}

} // namespace zenith::demo::cinder
