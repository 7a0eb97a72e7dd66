// lib/volume's parse(): Cinder v3 bodies captured from the dev cloud at microversion 3.60
// (tests/data/volume, see tests/data/README.md). Error bodies and broken bodies: tst_volumeerrors.cpp.

#include "volume/createvolumerequest.h"
#include "volume/createvolumesnapshotrequest.h"
#include "volume/deletevolumerequest.h"
#include "volume/deletevolumesnapshotrequest.h"
#include "volume/extendvolumerequest.h"
#include "volume/getvolumelimitsrequest.h"
#include "volume/getvolumerequest.h"
#include "volume/getvolumesnapshotrequest.h"
#include "volume/listvolumeavailabilityzonesrequest.h"
#include "volume/listvolumesnapshotsrequest.h"
#include "volume/listvolumesrequest.h"
#include "volume/listvolumetypesrequest.h"
#include "volume/updatevolumerequest.h"

#include "testdata.h"

#include <QTest>
#include <QTimeZone>

using namespace zenith;

class TestVolumeParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createdVolume();
    void availableVolume();
    void inUseVolume();
    void volumeFromSnapshot();
    void volumeFromImage();
    void otherStatuses_data();
    void otherStatuses();
    void updatedVolume();
    void volumePages();
    void snapshots();
    void snapshotPages();
    void typesLimitsZones();
    void noContentReplies();
};

namespace {

const QString kProject = QStringLiteral("0b1fc91c7fa046b1885683c6236fde76");
const QString kUser = QStringLiteral("7450d27ec8564e41b21227b2aff0575f");

QDateTime utc(const char* text)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace

void TestVolumeParse::createdVolume()
{
    ZENITH_FIXTURE(body, QStringLiteral("volume/cinder-volume-create.json"));
    const auto v = CreateVolumeRequest::parse(202, body);
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
    QCOMPARE(v->id, QStringLiteral("c8bfad31-5221-46fc-9bc4-86d8d4672bf3"));
    QCOMPARE(v->name, QStringLiteral("capture-vol-a"));
    QCOMPARE(v->description, QStringLiteral("captured for tests/data"));
    QCOMPARE(v->status, QStringLiteral("creating"));
    QCOMPARE(v->size, 1);
    QCOMPARE(v->volumeType, QStringLiteral("__DEFAULT__"));
    QCOMPARE(v->availabilityZone, QStringLiteral("nova"));
    QCOMPARE(v->bootable, false);
    QCOMPARE(v->encrypted, false);
    QCOMPARE(v->multiattach, false);
    QVERIFY(v->attachments.isEmpty());
    // The create reply keeps the microseconds; every later read has whole seconds (the database's).
    QCOMPARE(v->createdAt, utc("2026-11-25T09:22:09.910"));
    QVERIFY(!v->updatedAt.isValid());
    QCOMPARE(v->metadata, (QMap<QString, QString>{{QStringLiteral("role"), QStringLiteral("db")}}));
    QVERIFY(v->imageMetadata.isEmpty());
    QCOMPARE(v->userId, kUser);
    QVERIFY(v->projectId.isEmpty()); // the create view has no tenant attribute
    QVERIFY(v->snapshotId.isEmpty());
    QVERIFY(v->sourceVolumeId.isEmpty());
    QVERIFY(v->groupId.isEmpty());
    QVERIFY(v->host.isEmpty());
}

void TestVolumeParse::availableVolume()
{
    ZENITH_FIXTURE(body, QStringLiteral("volume/cinder-volume-show.json"));
    const auto v = GetVolumeRequest::parse(200, body);
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
    QCOMPARE(v->status, QStringLiteral("available"));
    QCOMPARE(v->createdAt, utc("2026-11-25T09:22:09"));
    QCOMPARE(v->updatedAt, utc("2026-11-25T09:22:10"));
    QCOMPARE(v->projectId, kProject);
    QVERIFY(v->host.isEmpty()); // admin only
}

void TestVolumeParse::inUseVolume()
{
    ZENITH_FIXTURE(body, QStringLiteral("volume/cinder-volume-show-in-use.json"));
    const auto v = GetVolumeRequest::parse(200, body);
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
    QCOMPARE(v->status, QStringLiteral("in-use"));
    QCOMPARE(v->attachments.size(), 1);
    const VolumeAttachment& a = v->attachments.first();
    QCOMPARE(a.volumeId, v->id);
    QCOMPARE(a.attachmentId, QStringLiteral("1569186b-87ef-455a-8218-3a042c51b774"));
    QCOMPARE(a.serverId, QStringLiteral("87f7339c-22aa-4ef6-819a-370e6b7492fd"));
    QCOMPARE(a.device, QStringLiteral("/dev/sdb"));
    QCOMPARE(a.attachedAt, utc("2026-11-25T09:27:04"));
    QVERIFY(a.hostName.isEmpty()); // null for users
}

void TestVolumeParse::volumeFromSnapshot()
{
    ZENITH_FIXTURE(body, QStringLiteral("volume/cinder-volume-show-from-snapshot.json"));
    const auto v = GetVolumeRequest::parse(200, body);
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
    QCOMPARE(v->snapshotId, QStringLiteral("c1173eb3-7411-459f-b2f3-8582c74e1af1"));
    QVERIFY(v->sourceVolumeId.isEmpty());
    QCOMPARE(v->status, QStringLiteral("available"));
}

void TestVolumeParse::volumeFromImage()
{
    // Accepted: volume_image_metadata is null until the image is copied.
    ZENITH_FIXTURE(created, QStringLiteral("volume/cinder-volume-create-from-image.json"));
    const auto c = CreateVolumeRequest::parse(202, created);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
    QCOMPARE(c->bootable, false);
    QVERIFY(c->imageMetadata.isEmpty());

    // The dev cloud's fake driver cannot write an image: status "error", one metadata key.
    ZENITH_FIXTURE(failed, QStringLiteral("volume/cinder-volume-show-from-image-error.json"));
    const auto f = GetVolumeRequest::parse(200, failed);
    QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().message));
    QCOMPARE(f->status, QStringLiteral("error"));
    QCOMPARE(f->imageMetadata,
             (QMap<QString, QString>{{QStringLiteral("signature_verified"), QStringLiteral("False")}}));

    // What a working back end shows (written): "true" as a string, and the image's attributes as strings.
    ZENITH_FIXTURE(bootable, QStringLiteral("volume/cinder-volume-show-bootable.json"));
    const auto b = GetVolumeRequest::parse(200, bootable);
    QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message));
    QCOMPARE(b->bootable, true);
    QCOMPARE(b->imageMetadata.value(QStringLiteral("image_id")),
             QStringLiteral("9607ae92-76a6-4930-ad9f-e329ff59d1f4"));
    QCOMPARE(b->imageMetadata.value(QStringLiteral("image_name")), QStringLiteral("tiny"));
    QCOMPARE(b->imageMetadata.value(QStringLiteral("min_disk")), QStringLiteral("0"));
    QCOMPARE(b->imageMetadata.size(), 12);
}

void TestVolumeParse::otherStatuses_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("size");

    QTest::newRow("extend failed") << QStringLiteral("volume/cinder-volume-show-error-extending.json")
                                   << QStringLiteral("error_extending") << 1;
    QTest::newRow("deleting") << QStringLiteral("volume/cinder-volume-show-deleting.json") << QStringLiteral("deleting")
                              << 1;
}

void TestVolumeParse::otherStatuses()
{
    QFETCH(QString, fixture);
    QFETCH(QString, status);
    QFETCH(int, size);
    ZENITH_FIXTURE(body, fixture);
    const auto v = GetVolumeRequest::parse(200, body);
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
    QCOMPARE(v->status, status);
    QCOMPARE(v->size, size);
}

void TestVolumeParse::updatedVolume()
{
    ZENITH_FIXTURE(body, QStringLiteral("volume/cinder-volume-update.json"));
    const auto v = UpdateVolumeRequest::parse(200, body);
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
    QCOMPARE(v->name, QStringLiteral("capture-vol-a-renamed"));
    QCOMPARE(v->description, QStringLiteral("renamed"));
    QCOMPARE(v->metadata.value(QStringLiteral("role")), QStringLiteral("db"));
}

void TestVolumeParse::volumePages()
{
    ZENITH_FIXTURE(first, QStringLiteral("volume/cinder-volumes-detail-page.json"));
    const auto p1 = ListVolumesRequest::parse(200, first);
    QVERIFY2(p1.ok(), qPrintable(p1.ok() ? QString() : p1.error().message));
    QCOMPARE(p1->items.size(), 1);
    QCOMPARE(p1->items.first().name, QStringLiteral("capture-vol-a"));
    QCOMPARE(p1->nextMarker, std::optional<QString>(p1->items.first().id));

    // The last page, exactly full, still links to a next one; that one is empty and has no link.
    ZENITH_FIXTURE(second, QStringLiteral("volume/cinder-volumes-detail-page2.json"));
    const auto p2 = ListVolumesRequest::parse(200, second);
    QVERIFY2(p2.ok(), qPrintable(p2.ok() ? QString() : p2.error().message));
    QCOMPARE(p2->items.size(), 1);
    QCOMPARE(p2->nextMarker, std::optional<QString>(QStringLiteral("e51df35f-5bac-45e1-871b-2c53a3b4e909")));
    ZENITH_FIXTURE(empty, QStringLiteral("volume/cinder-volumes-detail-empty-page.json"));
    const auto p3 = ListVolumesRequest::parse(200, empty);
    QVERIFY2(p3.ok(), qPrintable(p3.ok() ? QString() : p3.error().message));
    QVERIFY(p3->items.isEmpty());
    QVERIFY(!p3->nextMarker.has_value());

    ZENITH_FIXTURE(whole, QStringLiteral("volume/cinder-volumes-detail.json"));
    const auto all = ListVolumesRequest::parse(200, whole);
    QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().message));
    QStringList statuses;
    for (const Volume& v : all->items)
        statuses.append(v.status);
    QCOMPARE(statuses, (QStringList{QStringLiteral("error"), QStringLiteral("available"), QStringLiteral("available"),
                                    QStringLiteral("error_extending")}));
    QVERIFY(!all->nextMarker.has_value());
}

void TestVolumeParse::snapshots()
{
    ZENITH_FIXTURE(created, QStringLiteral("volume/cinder-snapshot-create.json"));
    const auto c = CreateVolumeSnapshotRequest::parse(202, created);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
    QCOMPARE(c->status, QStringLiteral("creating"));
    QCOMPARE(c->volumeId, QStringLiteral("e51df35f-5bac-45e1-871b-2c53a3b4e909"));
    QCOMPARE(c->metadata, (QMap<QString, QString>{{QStringLiteral("why"), QStringLiteral("resilience")}}));
    QVERIFY(c->progress.isEmpty()); // the create view has no extended attributes
    QVERIFY(c->projectId.isEmpty());
    QCOMPARE(c->createdAt, utc("2026-11-25T09:23:15.421"));

    ZENITH_FIXTURE(shown, QStringLiteral("volume/cinder-snapshot-show.json"));
    const auto s = GetVolumeSnapshotRequest::parse(200, shown);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(s->id, c->id);
    QCOMPARE(s->name, QStringLiteral("capture-snap"));
    QCOMPARE(s->description, QStringLiteral("captured for tests/data"));
    QCOMPARE(s->status, QStringLiteral("available"));
    QCOMPARE(s->size, 1);
    QCOMPARE(s->progress, QStringLiteral("100%"));
    QCOMPARE(s->projectId, kProject);
    QCOMPARE(s->userId, kUser);
    QCOMPARE(s->updatedAt, utc("2026-11-25T09:23:15"));

    ZENITH_FIXTURE(forced, QStringLiteral("volume/cinder-snapshot-create-forced.json"));
    const auto f = CreateVolumeSnapshotRequest::parse(202, forced);
    QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().message));
    QCOMPARE(f->volumeId, QStringLiteral("d2a87228-4e6d-4dd1-b2fb-db173484e1c4"));
    QVERIFY(f->description.isEmpty());
}

void TestVolumeParse::snapshotPages()
{
    ZENITH_FIXTURE(page, QStringLiteral("volume/cinder-snapshots-detail-page.json"));
    const auto p = ListVolumeSnapshotsRequest::parse(200, page);
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
    QCOMPARE(p->items.size(), 1);
    QCOMPARE(p->items.first().name, QStringLiteral("capture-snap-2"));
    QCOMPARE(p->nextMarker, std::optional<QString>(QStringLiteral("d26306e5-461d-49cf-8d92-a9b7e1532d91")));

    ZENITH_FIXTURE(whole, QStringLiteral("volume/cinder-snapshots-detail.json"));
    const auto all = ListVolumeSnapshotsRequest::parse(200, whole);
    QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().message));
    QCOMPARE(all->items.size(), 2);
    QCOMPARE(all->items.at(1).progress, QStringLiteral("100%"));
    QVERIFY(!all->nextMarker.has_value());
}

void TestVolumeParse::typesLimitsZones()
{
    ZENITH_FIXTURE(types, QStringLiteral("volume/cinder-types.json"));
    const auto t = ListVolumeTypesRequest::parse(200, types);
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
    QCOMPARE(t->size(), 1);
    QCOMPARE(t->first().id, QStringLiteral("1d9ff50e-2295-471f-a265-ffdef68e6663"));
    QCOMPARE(t->first().name, QStringLiteral("__DEFAULT__"));
    QCOMPARE(t->first().description, QStringLiteral("Default Volume Type"));
    QCOMPARE(t->first().isPublic, true);
    QVERIFY(t->first().extraSpecs.has_value());
    QVERIFY(t->first().extraSpecs->isEmpty());

    ZENITH_FIXTURE(limits, QStringLiteral("volume/cinder-limits.json"));
    const auto l = GetVolumeLimitsRequest::parse(200, limits);
    QVERIFY2(l.ok(), qPrintable(l.ok() ? QString() : l.error().message));
    QCOMPARE(l->maxTotalVolumes, 10);
    QCOMPARE(l->totalVolumesUsed, 4);
    QCOMPARE(l->maxTotalVolumeGigabytes, 1000);
    QCOMPARE(l->totalGigabytesUsed, 6); // four 1 GiB volumes and two 1 GiB snapshots
    QCOMPARE(l->maxTotalSnapshots, 10);
    QCOMPARE(l->totalSnapshotsUsed, 2);
    QCOMPARE(l->maxTotalBackups, std::optional<int>(10));
    QCOMPARE(l->totalBackupGigabytesUsed, std::optional<int>(0));

    ZENITH_FIXTURE(zones, QStringLiteral("volume/cinder-availability-zones.json"));
    const auto z = ListVolumeAvailabilityZonesRequest::parse(200, zones);
    QVERIFY2(z.ok(), qPrintable(z.ok() ? QString() : z.error().message));
    QCOMPARE(z->size(), 1);
    QCOMPARE(z->first().zoneName, QStringLiteral("nova"));
    QCOMPARE(z->first().available, true);
}

void TestVolumeParse::noContentReplies()
{
    // Delete and extend answer 202 with an empty body (captured: Content-Length 0).
    QVERIFY(DeleteVolumeRequest::parse(202, QByteArray()).ok());
    QVERIFY(DeleteVolumeSnapshotRequest::parse(202, QByteArray()).ok());
    QVERIFY(ExtendVolumeRequest::parse(202, QByteArray()).ok());
    QCOMPARE(ExtendVolumeRequest::parse(302, QByteArray()).error().kind, ApiError::Kind::Parse);
}

QTEST_GUILESS_MAIN(TestVolumeParse)
#include "tst_volumeparse.moc"
