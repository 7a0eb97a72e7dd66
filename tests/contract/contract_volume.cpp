#include "contract.h"
#include "serversupport.h"
#include "volumesupport.h"

#include "compute/attachservervolumerequest.h"
#include "compute/detachservervolumerequest.h"
#include "volume/deletevolumerequest.h"
#include "volume/deletevolumesnapshotrequest.h"
#include "volume/extendvolumerequest.h"
#include "volume/getvolumelimitsrequest.h"
#include "volume/listvolumeavailabilityzonesrequest.h"
#include "volume/listvolumesnapshotsrequest.h"
#include "volume/listvolumesrequest.h"
#include "volume/listvolumetypesrequest.h"
#include "volume/updatevolumerequest.h"

#include <vector>

using namespace zenith;
using namespace zenith::contract;

// Cinder v3 at microversion 3.60: the lab's database volume from creation to deletion, its snapshots,
// growing it, attaching it, the project's quotas, and the errors the GUI turns into messages.
class ContractVolume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void volumeLifecycle()
    {
        CreateVolumeRequest create = oneGiB(QStringLiteral("db"));
        create.description = QStringLiteral("lab database");
        create.metadata = QMap<QString, QString>{{QStringLiteral("role"), QStringLiteral("db")}};
        const auto created = createVolume(create);
        CONTRACT_OK(created);
        QCOMPARE(created->status, QStringLiteral("creating"));
        QCOMPARE(created->size, 1);
        QCOMPARE(created->name, *create.name);
        QCOMPARE(created->metadata, *create.metadata);
        if (onDevCloud()) // it offers 3.0-3.70; we take 3.60 at most
            QCOMPARE(Harness::instance().session().microversion(ServiceType::BlockStorage),
                     std::optional<Microversion>(Microversion{3, 60}));
        CONTRACT_SUCCEEDS(settleVolume(created->id));
        const auto shown = call(GetVolumeRequest{created->id});
        CONTRACT_OK(shown);
        QCOMPARE(shown->status, QStringLiteral("available"));
        QCOMPARE(shown->description, *create.description);
        QCOMPARE(shown->bootable, false);
        QVERIFY(shown->attachments.isEmpty());
        // The create reply has microseconds, later reads only the database's whole seconds.
        QVERIFY(qAbs(shown->createdAt.msecsTo(created->createdAt)) < 1000);

        const UpdateVolumeRequest update{created->id, Harness::instance().uniqueName(QStringLiteral("db-renamed")),
                                         QStringLiteral("renamed by the contract suite")};
        const auto updated = call(update);
        CONTRACT_OK(updated);
        QCOMPARE(updated->name, *update.name);
        const auto reread = call(GetVolumeRequest{created->id});
        CONTRACT_OK(reread);
        QCOMPARE(reread->name, *update.name);
        QCOMPARE(reread->description, *update.description);

        CONTRACT_SUCCEEDS(call(DeleteVolumeRequest{created->id}));
        CONTRACT_SUCCEEDS(awaitGone(GetVolumeRequest{created->id}));
        const auto missing = call(GetVolumeRequest{created->id});
        CONTRACT_FAILS(missing, ApiError::Kind::NotFound, 404);
    }

    void listPagesAndFilters()
    {
        const auto a = availableVolume(QStringLiteral("page-a"));
        CONTRACT_OK(a);
        const auto b = availableVolume(QStringLiteral("page-b"));
        CONTRACT_OK(b);
        ListVolumesRequest onePerPage;
        onePerPage.limit = 1;
        const auto first = call(onePerPage);
        CONTRACT_OK(first);
        QCOMPARE(first->items.size(), 1);
        QCOMPARE(first->nextMarker, std::optional<QString>(first->items.first().id));
        const auto paged = callAll(onePerPage);
        CONTRACT_OK(paged);
        const QStringList ids = idsOf(paged.value());
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        QVERIFY(ids.contains(a->id) && ids.contains(b->id));

        ListVolumesRequest byName;
        byName.name = b->name;
        const auto named = call(byName);
        CONTRACT_OK(named);
        QCOMPARE(idsOf(named->items), QStringList{b->id});
        ListVolumesRequest available;
        available.status = QStringLiteral("available");
        available.sort = QStringLiteral("name:asc");
        const auto filtered = call(available);
        CONTRACT_OK(filtered);
        for (const Volume& v : filtered->items)
            QCOMPARE(v.status, QStringLiteral("available"));
        const QStringList sorted = idsOf(filtered->items);
        QVERIFY(sorted.contains(a->id) && sorted.contains(b->id));
        QCOMPARE(sorted.indexOf(a->id) < sorted.indexOf(b->id), a->name < b->name);
        for (const auto& volume : {a, b})
            CONTRACT_SUCCEEDS(deleteUntilGone(DeleteVolumeRequest{volume->id}, GetVolumeRequest{volume->id}));
    }

    void extendGrowsAVolume()
    {
        const auto volume = availableVolume(QStringLiteral("grow"));
        CONTRACT_OK(volume);
        const auto same = call(ExtendVolumeRequest{volume->id, 1});
        CONTRACT_REFUSED(same, ApiError::Kind::BadRequest, 400, "badRequest",
                         QStringLiteral("Invalid input received: New size for extend must be greater than current "
                                        "size. (current: 1, extended: 1)."));
        CONTRACT_SUCCEEDS(call(ExtendVolumeRequest{volume->id, 2}));
        const auto during = call(GetVolumeRequest{volume->id});
        CONTRACT_OK(during);
        QVERIFY2(during->status != QStringLiteral("available") || during->size == 2, qPrintable(during->status));
        const auto after = settleVolume(volume->id);
        CONTRACT_OK(after);
        CONTRACT_SUCCEEDS(deleteUntilGone(DeleteVolumeRequest{volume->id}, GetVolumeRequest{volume->id}));

        QCOMPARE(after->status, QStringLiteral("available"));
        QCOMPARE(after->size, 2);
    }

    void snapshotsListAndBlockDeletion()
    {
        const auto volume = availableVolume(QStringLiteral("snapped"));
        CONTRACT_OK(volume);
        CreateVolumeSnapshotRequest take = snapshotOf(volume->id, QStringLiteral("snap"));
        take.description = QStringLiteral("before the upgrade");
        take.metadata = QMap<QString, QString>{{QStringLiteral("why"), QStringLiteral("resilience")}};
        const auto snap = createSnapshot(take);
        CONTRACT_OK(snap);
        QCOMPARE(snap->status, QStringLiteral("creating"));
        QCOMPARE(snap->volumeId, volume->id);
        QCOMPARE(snap->size, 1);
        CONTRACT_SUCCEEDS(settleSnapshot(snap->id));
        const auto shown = call(GetVolumeSnapshotRequest{snap->id});
        CONTRACT_OK(shown);
        QCOMPARE(shown->status, QStringLiteral("available"));
        QCOMPARE(shown->name, *take.name);
        QCOMPARE(shown->description, *take.description);
        QCOMPARE(shown->metadata, *take.metadata);
        QCOMPARE(shown->progress, QStringLiteral("100%"));

        const auto second = availableSnapshot(volume->id, QStringLiteral("snap-2"));
        CONTRACT_OK(second);
        ListVolumeSnapshotsRequest ofVolume;
        ofVolume.volumeId = volume->id;
        ofVolume.limit = 1;
        const auto page = call(ofVolume);
        CONTRACT_OK(page);
        QCOMPARE(page->items.size(), 1);
        QVERIFY(page->nextMarker.has_value());
        const auto all = callAll(ofVolume);
        CONTRACT_OK(all);
        QSet<QString> snapIds;
        for (const VolumeSnapshot& s : all.value())
            snapIds.insert(s.id);
        QCOMPARE(snapIds, (QSet<QString>{snap->id, second->id}));

        const auto refused = call(DeleteVolumeRequest{volume->id});
        CONTRACT_REFUSED(refused, ApiError::Kind::BadRequest, 400, "badRequest", volumeDeleteRefused());
        const auto cascaded = call(DeleteVolumeRequest{volume->id, true}); // takes both snapshots with it
        CONTRACT_OK(cascaded);
        for (const QString& id : {snap->id, second->id}) {
            CONTRACT_SUCCEEDS(awaitGone(GetVolumeSnapshotRequest{id}));
        }
        CONTRACT_SUCCEEDS(awaitGone(GetVolumeRequest{volume->id}));
    }

    void restoreFromSnapshot()
    {
        const auto volume = availableVolume(QStringLiteral("original"));
        CONTRACT_OK(volume);
        const auto snap = availableSnapshot(volume->id, QStringLiteral("backup"));
        CONTRACT_OK(snap);
        CreateVolumeRequest restore; // no size: the snapshot's
        restore.snapshotId = snap->id;
        restore.name = Harness::instance().uniqueName(QStringLiteral("restored"));
        const auto restored = createVolume(restore);
        CONTRACT_OK(restored);
        QCOMPARE(restored->snapshotId, snap->id);
        QCOMPARE(restored->size, 1);
        const auto restoredReady = settleVolume(restored->id);
        CONTRACT_OK(restoredReady);
        QCOMPARE(restoredReady->snapshotId, snap->id);

        // The copy first (some back ends tie it to its snapshot), then the snapshot, then the volume.
        CONTRACT_SUCCEEDS(deleteUntilGone(DeleteVolumeRequest{restored->id}, GetVolumeRequest{restored->id}));
        CONTRACT_SUCCEEDS(call(DeleteVolumeSnapshotRequest{snap->id}));
        CONTRACT_SUCCEEDS(awaitGone(GetVolumeSnapshotRequest{snap->id}));
        const auto missing = call(GetVolumeSnapshotRequest{snap->id});
        CONTRACT_FAILS(missing, ApiError::Kind::NotFound, 404);
        CONTRACT_SUCCEEDS(deleteUntilGone(DeleteVolumeRequest{volume->id}, GetVolumeRequest{volume->id}));
    }

    void volumeFromImageIsBootable()
    {
        const QString image = lookupId(ServiceType::Image, QStringLiteral("images?name=tiny"), QStringLiteral("images"),
                                       QStringLiteral("tiny"));
        if (image.isEmpty())
            QSKIP("this cloud has no image called tiny");
        CreateVolumeRequest create = oneGiB(QStringLiteral("boot"));
        create.imageRef = image;
        const auto created = createVolume(create);
        CONTRACT_OK(created);
        QCOMPARE(created->status, QStringLiteral("creating"));
        const auto after = settleVolume(created->id);
        CONTRACT_OK(after);
        CONTRACT_SUCCEEDS(deleteUntilGone(DeleteVolumeRequest{created->id}, GetVolumeRequest{created->id}));

        QCOMPARE(after->status, QStringLiteral("available"));
        QCOMPARE(after->bootable, true);
        QCOMPARE(after->imageMetadata.value(QStringLiteral("image_id")), image);
        QCOMPARE(after->imageMetadata.value(QStringLiteral("image_name")), QStringLiteral("tiny"));
    }

    void attachedVolumeIsInUse()
    {
        const auto volume = availableVolume(QStringLiteral("attached"));
        CONTRACT_OK(volume);
        const auto server = activeServer(QStringLiteral("vm"));
        if (!server && server.error().httpStatus == 0 && server.error().kind == ApiError::Kind::NotFound)
            QSKIP(qPrintable(server.error().message));
        CONTRACT_OK(server);
        AttachServerVolumeRequest attach;
        attach.serverId = server->id;
        attach.volumeId = volume->id;
        CONTRACT_SUCCEEDS(call(attach));
        const auto inUse = settleVolume(volume->id, {QStringLiteral("in-use")});
        CONTRACT_OK(inUse);
        QCOMPARE(inUse->attachments.size(), 1);
        QCOMPARE(inUse->attachments.first().serverId, server->id);
        QCOMPARE(inUse->attachments.first().volumeId, volume->id);
        QVERIFY(!inUse->attachments.first().attachmentId.isEmpty());
        QVERIFY(inUse->attachments.first().attachedAt.isValid());

        const auto refused = call(DeleteVolumeRequest{volume->id});
        CONTRACT_REFUSED(refused, ApiError::Kind::BadRequest, 400, "badRequest", volumeDeleteRefused());
        const auto unforced = createSnapshot(snapshotOf(volume->id, QStringLiteral("unforced")));
        const QString notAvailable = QStringLiteral("Invalid volume: Volume %1 status must be available, but current "
                                                    "status is: in-use.");
        CONTRACT_REFUSED(unforced, ApiError::Kind::BadRequest, 400, "badRequest", notAvailable.arg(volume->id));
        CreateVolumeSnapshotRequest forced = snapshotOf(volume->id, QStringLiteral("forced"));
        forced.force = true;
        const auto snap = createSnapshot(forced);
        CONTRACT_OK(snap);
        CONTRACT_SUCCEEDS(settleSnapshot(snap->id));
        CONTRACT_SUCCEEDS(deleteUntilGone(DeleteVolumeSnapshotRequest{snap->id}, GetVolumeSnapshotRequest{snap->id}));

        CONTRACT_SUCCEEDS(call(DetachServerVolumeRequest{server->id, volume->id}));
        const auto detachedVolume = settleVolume(volume->id);
        CONTRACT_OK(detachedVolume);
        QVERIFY(detachedVolume->attachments.isEmpty());
        CONTRACT_SUCCEEDS(deleteUntilGone(DeleteVolumeRequest{volume->id}, GetVolumeRequest{volume->id}));
    }

    void unknownResourcesAreNotFound()
    {
        const QString noVolume = QStringLiteral("Volume %1 could not be found.").arg(unknownId());
        const QString noSnapshot = QStringLiteral("Snapshot %1 could not be found.").arg(unknownId());
        const auto volume = call(GetVolumeRequest{unknownId()});
        CONTRACT_REFUSED(volume, ApiError::Kind::NotFound, 404, "itemNotFound", noVolume);
        const auto renamed = call(UpdateVolumeRequest{unknownId(), QStringLiteral("x"), std::nullopt});
        CONTRACT_REFUSED(renamed, ApiError::Kind::NotFound, 404, "itemNotFound", noVolume);
        const auto snapshot = call(GetVolumeSnapshotRequest{unknownId()});
        CONTRACT_REFUSED(snapshot, ApiError::Kind::NotFound, 404, "itemNotFound", noSnapshot);
        const auto ofNothing = createSnapshot(snapshotOf(unknownId(), QStringLiteral("orphan")));
        CONTRACT_REFUSED(ofNothing, ApiError::Kind::NotFound, 404, "itemNotFound", noVolume);
        const std::vector<std::pair<Result<NoContent>, QString>> refusals{
            {call(DeleteVolumeRequest{unknownId()}), noVolume},
            {call(ExtendVolumeRequest{unknownId(), 2}), noVolume},
            {call(DeleteVolumeSnapshotRequest{unknownId()}), noSnapshot},
        };
        for (const auto& [result, message] : refusals)
            CONTRACT_REFUSED(result, ApiError::Kind::NotFound, 404, "itemNotFound", message);
    }

    void invalidRequestsAreRefused()
    {
        const QString name = Harness::instance().uniqueName(QStringLiteral("invalid"));
        CreateVolumeRequest zero;
        zero.size = 0;
        zero.name = name;
        const auto tooSmall = createVolume(zero);
        CONTRACT_REFUSED(
            tooSmall, ApiError::Kind::BadRequest, 400, "badRequest",
            QStringLiteral("Invalid input for field/attribute size. Value: 0. 0 is less than the minimum of 1"));
        CreateVolumeRequest badType = oneGiB(QStringLiteral("invalid"));
        badType.name = name;
        badType.volumeType = QStringLiteral("no-such-type");
        const auto unknownType = createVolume(badType);
        CONTRACT_REFUSED(unknownType, ApiError::Kind::NotFound, 404, "itemNotFound",
                         QStringLiteral("Volume type with name no-such-type could not be found."));
        CreateVolumeRequest badZone = oneGiB(QStringLiteral("invalid"));
        badZone.name = name;
        badZone.availabilityZone = QStringLiteral("no-such-zone");
        const auto unknownZone = createVolume(badZone);
        CONTRACT_REFUSED(unknownZone, ApiError::Kind::BadRequest, 400, "badRequest",
                         QStringLiteral("Availability zone 'no-such-zone' is invalid."));

        ListVolumesRequest byName;
        byName.name = name;
        const auto none = call(byName);
        CONTRACT_OK(none);
        QVERIFY(none->items.isEmpty());
    }

    void absurdSizeIsOverQuota()
    {
        // Cinder checks the gigabytes quota in the API, before any back end is involved: cheap to ask.
        const auto limits = call(GetVolumeLimitsRequest{});
        CONTRACT_OK(limits);
        if (limits->maxTotalVolumeGigabytes < 0)
            QSKIP("this project has no gigabytes quota");
        CreateVolumeRequest huge = oneGiB(QStringLiteral("huge"));
        huge.size = limits->maxTotalVolumeGigabytes + 100000;
        const auto refused = createVolume(huge);
        CONTRACT_FAILS(refused, ApiError::Kind::OverLimit, 413);
        QCOMPARE(refused.error().code, QStringLiteral("overLimit"));
        // The end says how much is in use, which other tests change.
        const QString prefix =
            QStringLiteral("VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes "
                           "quota. Requested %1G, quota is %2G and ")
                .arg(*huge.size)
                .arg(limits->maxTotalVolumeGigabytes);
        QVERIFY2(refused.error().message.startsWith(prefix), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.endsWith(QStringLiteral("G has been consumed.")),
                 qPrintable(refused.error().message));
    }

    void limitsMatchWhatTheProjectHolds()
    {
        const auto mine = availableVolume(QStringLiteral("counted"));
        CONTRACT_OK(mine);
        const auto usage = steadyVolumeUsage();
        CONTRACT_OK(usage);
        QVERIFY(idsOf(usage->volumes).contains(mine->id));
        int volumeGiB = 0;
        int snapshotGiB = 0;
        for (const Volume& v : usage->volumes)
            volumeGiB += v.size;
        for (const VolumeSnapshot& s : usage->snapshots)
            snapshotGiB += s.size;
        QCOMPARE(usage->limits.totalVolumesUsed, static_cast<int>(usage->volumes.size()));
        QCOMPARE(usage->limits.totalSnapshotsUsed, static_cast<int>(usage->snapshots.size()));
        // Snapshots count towards the gigabytes unless the cloud sets no_snapshot_gb_quota.
        const int used = usage->limits.totalGigabytesUsed;
        QVERIFY2(
            used == volumeGiB + snapshotGiB || used == volumeGiB,
            qPrintable(
                QStringLiteral("%1 GiB used; volumes %2, snapshots %3").arg(used).arg(volumeGiB).arg(snapshotGiB)));
    }

    void typesAndZonesOfferWhatVolumesUse()
    {
        const auto types = call(ListVolumeTypesRequest{});
        CONTRACT_OK(types);
        const auto zones = call(ListVolumeAvailabilityZonesRequest{});
        CONTRACT_OK(zones);
        QStringList typeNames;
        for (const VolumeType& t : types.value())
            typeNames.append(t.name);
        QStringList zoneNames;
        for (const VolumeAvailabilityZone& z : zones.value()) {
            if (z.available)
                zoneNames.append(z.zoneName);
        }
        if (onDevCloud()) {
            QCOMPARE(typeNames, QStringList{QStringLiteral("__DEFAULT__")});
            QCOMPARE(zoneNames, QStringList{QStringLiteral("nova")});
        }
        const auto volume = availableVolume(QStringLiteral("typed"));
        CONTRACT_OK(volume);
        QVERIFY2(typeNames.contains(volume->volumeType), qPrintable(volume->volumeType));
        QVERIFY2(zoneNames.contains(volume->availabilityZone), qPrintable(volume->availabilityZone));
        CONTRACT_SUCCEEDS(deleteUntilGone(DeleteVolumeRequest{volume->id}, GetVolumeRequest{volume->id}));
    }
};

ZENITH_CONTRACT_TEST(ContractVolume)
#include "contract_volume.moc"
