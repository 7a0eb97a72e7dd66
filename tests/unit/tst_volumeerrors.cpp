// lib/volume's parse() on broken variants of captured Cinder bodies (a Parse error naming the field), and
// Cinder's error bodies captured from the dev cloud (tests/data/volume/error-*, tests/data/errors/error-cinder-*):
// ApiError::fromReply must give the kind, Cinder's error key as the code, and the message as sent.

#include "volume/getvolumelimitsrequest.h"
#include "volume/getvolumerequest.h"
#include "volume/listvolumeavailabilityzonesrequest.h"
#include "volume/listvolumesnapshotsrequest.h"
#include "volume/listvolumetypesrequest.h"

#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace zenith;

class TestVolumeErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brokenVolumes_data();
    void brokenVolumes();
    void brokenOthers();
    void errors_data();
    void errors();
};

namespace {

//! The fixture with one field of {"volume": ...} replaced (or removed when `value` is undefined).
QByteArray withVolumeField(const QJsonObject& body, const QString& key, const QJsonValue& value)
{
    QJsonObject volume = body.value(u"volume").toObject();
    if (value.isUndefined())
        volume.remove(key);
    else
        volume.insert(key, value);
    QJsonObject out = body;
    out.insert(QStringLiteral("volume"), volume);
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

} // namespace

void TestVolumeErrors::brokenVolumes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");

    const QJsonValue missing = QJsonValue(QJsonValue::Undefined);
    QTest::newRow("no status") << QStringLiteral("status") << missing
                               << QStringLiteral("volume: volume.status: is missing");
    QTest::newRow("null id") << QStringLiteral("id") << QJsonValue() << QStringLiteral("volume: volume.id: is null");
    QTest::newRow("size as text") << QStringLiteral("size") << QJsonValue(QStringLiteral("1"))
                                  << QStringLiteral("volume: volume.size: expected an integer");
    QTest::newRow("bootable yes") << QStringLiteral("bootable") << QJsonValue(QStringLiteral("yes"))
                                  << QStringLiteral(
                                         "volume: volume.bootable: expected \"true\" or \"false\", got \"yes\"");
    QTest::newRow("bootable missing") << QStringLiteral("bootable") << missing
                                      << QStringLiteral("volume: volume.bootable: is missing");
    QTest::newRow("metadata number") << QStringLiteral("metadata") << QJsonValue(QJsonObject{{QStringLiteral("n"), 1}})
                                     << QStringLiteral("volume: volume.metadata.n: expected a string");
    QTest::newRow("attachment without id")
        << QStringLiteral("attachments")
        << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("v")}}})
        << QStringLiteral("volume: volume.attachments[0]: attachment_id: is missing");
    QTest::newRow("bad time") << QStringLiteral("created_at") << QJsonValue(QStringLiteral("yesterday"))
                              << QStringLiteral("volume: volume.created_at: not an ISO 8601 time: yesterday");
}

void TestVolumeErrors::brokenVolumes()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    ZENITH_JSON_FIXTURE(body, QStringLiteral("volume/cinder-volume-show.json"));
    const auto v = GetVolumeRequest::parse(200, withVolumeField(body, key, value));
    QVERIFY(!v.ok());
    QCOMPARE(v.error().kind, ApiError::Kind::Parse);
    QCOMPARE(v.error().message, message);
}

void TestVolumeErrors::brokenOthers()
{
    // A JSON boolean "bootable" (as the API reference documents it) is read too, and the admin's host.
    ZENITH_JSON_FIXTURE(body, QStringLiteral("volume/cinder-volume-show.json"));
    const auto b = GetVolumeRequest::parse(200, withVolumeField(body, QStringLiteral("bootable"), true));
    QVERIFY(b.ok());
    QCOMPARE(b->bootable, true);
    const auto h = GetVolumeRequest::parse(
        200, withVolumeField(body, QStringLiteral("os-vol-host-attr:host"), QStringLiteral("devcloud@fake#fake")));
    QVERIFY(h.ok());
    QCOMPARE(h->host, QStringLiteral("devcloud@fake#fake"));

    const auto limits = GetVolumeLimitsRequest::parse(200, R"({"limits": {"rate": [], "absolute": {}}})");
    QVERIFY(!limits.ok());
    QCOMPARE(limits.error().message, QStringLiteral("limits: limits.absolute.maxTotalVolumes: is missing"));
    const auto zones =
        ListVolumeAvailabilityZonesRequest::parse(200, R"({"availabilityZoneInfo": [{"zoneName": "nova"}]})");
    QVERIFY(!zones.ok());
    QCOMPARE(zones.error().message, QStringLiteral("availabilityZoneInfo[0]: availability_zone.zoneState: is missing"));
    const auto types = ListVolumeTypesRequest::parse(200, R"({"volume_types": {}})");
    QVERIFY(!types.ok());
    QCOMPARE(types.error().message, QStringLiteral("volume_types: expected an array"));
    const auto page = ListVolumeSnapshotsRequest::parse(200, "<html>");
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, ApiError::Kind::Parse);
}

void TestVolumeErrors::errors_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    const QString inUse = QStringLiteral(
        "Invalid volume: Volume status must be available or error or error_restoring or error_extending or "
        "error_managing and must not be migrating, attached, belong to a group, have snapshots, awaiting a transfer, "
        "or be disassociated from snapshots after volume transfer.");
    QTest::newRow("404 volume") << QStringLiteral("errors/error-cinder-404.json") << 404 << QStringLiteral("NotFound")
                                << QStringLiteral("itemNotFound")
                                << QStringLiteral("Volume 00000000-0000-0000-0000-000000000000 could not be found.");
    QTest::newRow("404 snapshot") << QStringLiteral("volume/error-cinder-404-snapshot.json") << 404
                                  << QStringLiteral("NotFound") << QStringLiteral("itemNotFound")
                                  << QStringLiteral(
                                         "Snapshot 00000000-0000-0000-0000-000000000000 could not be found.");
    QTest::newRow("404 snapshot of unknown volume")
        << QStringLiteral("volume/error-cinder-404-snapshot-of-unknown-volume.json") << 404
        << QStringLiteral("NotFound") << QStringLiteral("itemNotFound")
        << QStringLiteral("Volume 00000000-0000-0000-0000-000000000000 could not be found.");
    QTest::newRow("404 volume type") << QStringLiteral("volume/error-cinder-404-volume-type.json") << 404
                                     << QStringLiteral("NotFound") << QStringLiteral("itemNotFound")
                                     << QStringLiteral("Volume type with name no-such-type could not be found.");
    QTest::newRow("400 delete with snapshots")
        << QStringLiteral("volume/error-cinder-400-delete-with-snapshots.json") << 400 << QStringLiteral("BadRequest")
        << QStringLiteral("badRequest") << inUse;
    QTest::newRow("400 delete in-use") << QStringLiteral("errors/error-cinder-400-delete-in-use.json") << 400
                                       << QStringLiteral("BadRequest") << QStringLiteral("badRequest") << inUse;
    QTest::newRow("400 extend smaller")
        << QStringLiteral("volume/error-cinder-400-extend-smaller.json") << 400 << QStringLiteral("BadRequest")
        << QStringLiteral("badRequest")
        << QStringLiteral("Invalid input received: New size for extend must be greater than current size. "
                          "(current: 1, extended: 1).");
    QTest::newRow("400 size zero") << QStringLiteral("volume/error-cinder-400-size-zero.json") << 400
                                   << QStringLiteral("BadRequest") << QStringLiteral("badRequest")
                                   << QStringLiteral("Invalid input for field/attribute size. Value: 0. 0 is less "
                                                     "than the minimum of 1");
    QTest::newRow("400 snapshot in-use")
        << QStringLiteral("volume/error-cinder-400-snapshot-in-use.json") << 400 << QStringLiteral("BadRequest")
        << QStringLiteral("badRequest")
        << QStringLiteral("Invalid volume: Volume d2a87228-4e6d-4dd1-b2fb-db173484e1c4 status must be available, but "
                          "current status is: in-use.");
    QTest::newRow("400 snapshot error_extending")
        << QStringLiteral("volume/error-cinder-400-snapshot-error-extending.json") << 400
        << QStringLiteral("BadRequest") << QStringLiteral("badRequest")
        << QStringLiteral("Invalid volume: Volume c8bfad31-5221-46fc-9bc4-86d8d4672bf3 status must be available, but "
                          "current status is: error_extending.");
    QTest::newRow("400 availability zone")
        << QStringLiteral("volume/error-cinder-400-availability-zone.json") << 400 << QStringLiteral("BadRequest")
        << QStringLiteral("badRequest") << QStringLiteral("Availability zone 'no-such-az' is invalid.");
    QTest::newRow("413 gigabytes") << QStringLiteral("volume/error-cinder-413-gigabytes.json") << 413
                                   << QStringLiteral("OverLimit") << QStringLiteral("overLimit")
                                   << QStringLiteral("VolumeSizeExceedsAvailableQuota: Requested volume or snapshot "
                                                     "exceeds allowed gigabytes quota. Requested 100000G, quota is "
                                                     "1000G and 2G has been consumed.");
}

void TestVolumeErrors::errors()
{
    QFETCH(QString, fixture);
    QFETCH(int, status);
    QFETCH(QString, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    ZENITH_FIXTURE(body, fixture);
    const ApiError e = ApiError::fromReply(status, body, QStringLiteral("block-storage"), QStringLiteral("req-1"));
    QCOMPARE(kindName(e.kind), kind);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.code, code);
    QCOMPARE(e.message, message);
}

QTEST_GUILESS_MAIN(TestVolumeErrors)
#include "tst_volumeerrors.moc"
