#pragma once

// Set-up, waits and clean-up shared by ContractVolume's tests: every resource is created through its
// request type and its deletion registered at once, so that a failing test leaves nothing behind.

#include "contract.h"

#include "volume/createvolumerequest.h"
#include "volume/createvolumesnapshotrequest.h"
#include "volume/getvolumerequest.h"
#include "volume/getvolumesnapshotrequest.h"
#include "volume/volumelimits.h"

namespace zenith::contract {

//! Volumes change state in about 0.6 s on the dev cloud: poll early, and not for long.
WaitOptions quickWait();

//! Waits until `get` answers 404.
template <ApiRequest Get> Result<NoContent> awaitGone(const Get& get)
{
    return await(waitForDeletion(Harness::instance().session(), get, quickWait()));
}

//! Sends a delete until the service takes it (Cinder refuses with 400 while a volume is busy or a
//! snapshot is still deleting), then waits until the resource is gone. A 404 at any point counts as gone.
template <ApiRequest Delete, ApiRequest Get> Result<NoContent> deleteUntilGone(const Delete& remove, const Get& get)
{
    Session& session = Harness::instance().session();
    auto sent = await(poll<NoContent, Delete>(
        session, remove,
        [](const Result<NoContent>& reply) -> std::optional<Result<NoContent>> {
            if (reply || reply.error().kind == ApiError::Kind::NotFound)
                return Result<NoContent>(NoContent{});
            if (reply.error().kind == ApiError::Kind::BadRequest || isTransient(reply.error()))
                return std::nullopt;
            return Result<NoContent>(reply.error());
        },
        quickWait()));
    if (!sent)
        return sent;
    return awaitGone(get);
}

//! A request for a 1 GiB volume with a unique name.
CreateVolumeRequest oneGiB(const QString& what);
//! A request for a snapshot of a volume, with a unique name.
CreateVolumeSnapshotRequest snapshotOf(const QString& volumeId, const QString& what);

//! Sends the request and, when Cinder accepts it, registers the volume's deletion (with its snapshots).
Result<Volume> createVolume(const CreateVolumeRequest& request);
//! Sends the request and, when Cinder accepts it, registers the snapshot's deletion.
Result<VolumeSnapshot> createSnapshot(const CreateVolumeSnapshotRequest& request);
//! Waits until the volume's status is one of `done`; "error" ends the wait unless `done` has it.
Result<Volume> settleVolume(const QString& id, QStringList done = {QStringLiteral("available")});
//! Waits until the snapshot is available ("error" ends the wait).
Result<VolumeSnapshot> settleSnapshot(const QString& id);
//! A new 1 GiB volume, once available.
Result<Volume> availableVolume(const QString& what);
//! A new snapshot of a volume, once available.
Result<VolumeSnapshot> availableSnapshot(const QString& volumeId, const QString& what);

//! What the project holds and what Cinder counts of it.
struct VolumeUsage
{
    QList<Volume> volumes;
    QList<VolumeSnapshot> snapshots;
    VolumeLimits limits;
};
//! The project's volumes, snapshots and limits, read while its volume list held still (other
//! engineers share the project): a Timeout error when it never did.
Result<VolumeUsage> steadyVolumeUsage();

//! Cinder's one message for every refused volume delete: attached, with snapshots, or busy.
QString volumeDeleteRefused();

//! The ids of a list of volumes, in order.
QStringList idsOf(const QList<Volume>& volumes);

} // namespace zenith::contract
