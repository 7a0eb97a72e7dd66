#include "volumesupport.h"

#include "volume/deletevolumerequest.h"
#include "volume/deletevolumesnapshotrequest.h"
#include "volume/getvolumelimitsrequest.h"
#include "volume/listvolumesnapshotsrequest.h"
#include "volume/listvolumesrequest.h"

namespace zenith::contract {

using namespace std::chrono_literals;

WaitOptions quickWait()
{
    WaitOptions o;
    o.firstDelay = 200ms;
    o.maxDelay = 1s;
    o.timeout = 60s;
    return o;
}

CreateVolumeRequest oneGiB(const QString& what)
{
    CreateVolumeRequest r;
    r.size = 1;
    r.name = Harness::instance().uniqueName(what);
    return r;
}

CreateVolumeSnapshotRequest snapshotOf(const QString& volumeId, const QString& what)
{
    CreateVolumeSnapshotRequest r;
    r.volumeId = volumeId;
    r.name = Harness::instance().uniqueName(what);
    return r;
}

Result<Volume> createVolume(const CreateVolumeRequest& request)
{
    auto created = call(request);
    if (!created)
        return created;
    const QString id = created->id;
    Harness::instance().defer([id] {
        // cascade: a test that failed half-way may have left snapshots on it.
        const auto gone = deleteUntilGone(DeleteVolumeRequest{id, true}, GetVolumeRequest{id});
        if (!gone)
            qWarning("cleanup: volume %s: %s", qPrintable(id), qPrintable(describe(gone.error())));
    });
    return created;
}

Result<VolumeSnapshot> createSnapshot(const CreateVolumeSnapshotRequest& request)
{
    auto created = call(request);
    if (!created)
        return created;
    const QString id = created->id;
    Harness::instance().defer([id] {
        const auto gone = deleteUntilGone(DeleteVolumeSnapshotRequest{id}, GetVolumeSnapshotRequest{id});
        if (!gone)
            qWarning("cleanup: snapshot %s: %s", qPrintable(id), qPrintable(describe(gone.error())));
    });
    return created;
}

Result<Volume> settleVolume(const QString& id, QStringList done)
{
    QStringList failed{QStringLiteral("error")};
    failed.removeIf([&done](const QString& s) { return done.contains(s); });
    return await(waitForStatus(
        Harness::instance().session(), GetVolumeRequest{id}, [](const Volume& v) { return v.status; }, done, failed, {},
        quickWait()));
}

Result<VolumeSnapshot> settleSnapshot(const QString& id)
{
    return await(waitForStatus(
        Harness::instance().session(), GetVolumeSnapshotRequest{id}, [](const VolumeSnapshot& s) { return s.status; },
        {QStringLiteral("available")}, {QStringLiteral("error")}, {}, quickWait()));
}

Result<Volume> availableVolume(const QString& what)
{
    const auto created = createVolume(oneGiB(what));
    return created ? settleVolume(created->id) : created;
}

Result<VolumeSnapshot> availableSnapshot(const QString& volumeId, const QString& what)
{
    const auto created = createSnapshot(snapshotOf(volumeId, what));
    return created ? settleSnapshot(created->id) : created;
}

Result<VolumeUsage> steadyVolumeUsage()
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        const auto before = callAll(ListVolumesRequest{});
        const auto snapshots = callAll(ListVolumeSnapshotsRequest{});
        const auto limits = call(GetVolumeLimitsRequest{});
        const auto after = callAll(ListVolumesRequest{});
        for (const ApiError* error : {before ? nullptr : &before.error(), snapshots ? nullptr : &snapshots.error(),
                                      limits ? nullptr : &limits.error(), after ? nullptr : &after.error()}) {
            if (error)
                return *error;
        }
        if (idsOf(before.value()) == idsOf(after.value()))
            return VolumeUsage{after.value(), snapshots.value(), limits.value()};
    }
    return ApiError::local(ApiError::Kind::Timeout, QStringLiteral("the project's volumes kept changing"));
}

QString volumeDeleteRefused()
{
    return QStringLiteral(
        "Invalid volume: Volume status must be available or error or error_restoring or error_extending or "
        "error_managing and must not be migrating, attached, belong to a group, have snapshots, awaiting a "
        "transfer, or be disassociated from snapshots after volume transfer.");
}

QStringList idsOf(const QList<Volume>& volumes)
{
    QStringList ids;
    for (const Volume& v : volumes)
        ids.append(v.id);
    return ids;
}

} // namespace zenith::contract
