// lib/volume's spec(): method, path relative to Cinder's /v3/<project> endpoint (ids percent-encoded),
// query, exact JSON body and the microversion each call needs.

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

#include <QJsonDocument>
#include <QTest>

using namespace zenith;

class TestVolumeSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bodilessCalls_data();
    void bodilessCalls();
    void listVolumesQuery();
    void listSnapshotsQuery();
    void createVolumeBody();
    void createVolumeFromSources();
    void updateVolumeBody();
    void deleteVolume();
    void extendVolume();
    void createSnapshotBody();
};

namespace {

const QString kOddId = QStringLiteral("a b/c?d");
const QString kOddIdEncoded = QStringLiteral("a%20b%2Fc%3Fd");

QJsonObject obj(const char* json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        qFatal("bad expected JSON in test: %s", json);
    return doc.object();
}

QJsonObject bodyOf(const RequestSpec& spec)
{
    return QJsonDocument::fromJson(spec.body).object();
}

using Query = QList<QPair<QString, QString>>;

} // namespace

void TestVolumeSpec::bodilessCalls_data()
{
    QTest::addColumn<RequestSpec>("spec");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");

    QTest::newRow("list volumes") << ListVolumesRequest{}.spec() << QByteArray("GET")
                                  << QStringLiteral("volumes/detail");
    QTest::newRow("get volume") << GetVolumeRequest{kOddId}.spec() << QByteArray("GET")
                                << QStringLiteral("volumes/") + kOddIdEncoded;
    QTest::newRow("delete volume") << DeleteVolumeRequest{kOddId}.spec() << QByteArray("DELETE")
                                   << QStringLiteral("volumes/") + kOddIdEncoded;
    QTest::newRow("list snapshots") << ListVolumeSnapshotsRequest{}.spec() << QByteArray("GET")
                                    << QStringLiteral("snapshots/detail");
    QTest::newRow("get snapshot") << GetVolumeSnapshotRequest{kOddId}.spec() << QByteArray("GET")
                                  << QStringLiteral("snapshots/") + kOddIdEncoded;
    QTest::newRow("delete snapshot") << DeleteVolumeSnapshotRequest{kOddId}.spec() << QByteArray("DELETE")
                                     << QStringLiteral("snapshots/") + kOddIdEncoded;
    QTest::newRow("types") << ListVolumeTypesRequest{}.spec() << QByteArray("GET") << QStringLiteral("types");
    QTest::newRow("limits") << GetVolumeLimitsRequest{}.spec() << QByteArray("GET") << QStringLiteral("limits");
    QTest::newRow("zones") << ListVolumeAvailabilityZonesRequest{}.spec() << QByteArray("GET")
                           << QStringLiteral("os-availability-zone");
}

void TestVolumeSpec::bodilessCalls()
{
    QFETCH(RequestSpec, spec);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QCOMPARE(serviceTypeName(spec.service), serviceTypeName(ServiceType::BlockStorage));
    QCOMPARE(methodName(spec.method), method);
    QCOMPARE(spec.path, path);
    QVERIFY(spec.query.isEmpty());
    QVERIFY(spec.body.isEmpty());
    QVERIFY(!spec.minMicroversion.has_value());
    QVERIFY(!spec.absoluteUrl.has_value());
}

void TestVolumeSpec::listVolumesQuery()
{
    ListVolumesRequest r;
    r.limit = 1;
    r.marker = QStringLiteral("c8bfad31-5221-46fc-9bc4-86d8d4672bf3");
    r.name = QStringLiteral("db data é&=");
    r.status = QStringLiteral("available");
    r.sort = QStringLiteral("name:asc");
    const RequestSpec s = r.spec();
    QCOMPARE(s.query.queryItems(QUrl::FullyDecoded),
             (Query{{QStringLiteral("limit"), QStringLiteral("1")},
                    {QStringLiteral("marker"), QStringLiteral("c8bfad31-5221-46fc-9bc4-86d8d4672bf3")},
                    {QStringLiteral("name"), QStringLiteral("db data é&=")},
                    {QStringLiteral("status"), QStringLiteral("available")},
                    {QStringLiteral("sort"), QStringLiteral("name:asc")}}));
    QVERIFY(!s.minMicroversion.has_value());

    // Empty strings are no filter.
    ListVolumesRequest blank;
    blank.name = QString();
    QVERIFY(blank.spec().query.isEmpty());
}

void TestVolumeSpec::listSnapshotsQuery()
{
    ListVolumeSnapshotsRequest r;
    r.limit = 2;
    r.marker = QStringLiteral("d26306e5");
    r.volumeId = QStringLiteral("e51df35f");
    r.status = QStringLiteral("available");
    r.name = QStringLiteral("nightly");
    const RequestSpec s = r.spec();
    QCOMPARE(s.query.queryItems(QUrl::FullyDecoded),
             (Query{{QStringLiteral("limit"), QStringLiteral("2")},
                    {QStringLiteral("marker"), QStringLiteral("d26306e5")},
                    {QStringLiteral("name"), QStringLiteral("nightly")},
                    {QStringLiteral("status"), QStringLiteral("available")},
                    {QStringLiteral("volume_id"), QStringLiteral("e51df35f")}}));
    QVERIFY(!s.minMicroversion.has_value());

    // Snapshots sort by name only from 3.30 on; other keys work at 3.0.
    r.sort = QStringLiteral("created_at:desc");
    QVERIFY(!r.spec().minMicroversion.has_value());
    r.sort = QStringLiteral("created_at:desc, name:asc");
    QCOMPARE(r.spec().minMicroversion, std::optional<Microversion>(Microversion{3, 30}));
    r.sort = QStringLiteral("name");
    QCOMPARE(r.spec().minMicroversion, std::optional<Microversion>(Microversion{3, 30}));
    r.sort = QStringLiteral("display_name:asc");
    QVERIFY(!r.spec().minMicroversion.has_value());
}

void TestVolumeSpec::createVolumeBody()
{
    CreateVolumeRequest minimal;
    minimal.size = 1;
    RequestSpec s = minimal.spec();
    QCOMPARE(methodName(s.method), QByteArray("POST"));
    QCOMPARE(s.path, QStringLiteral("volumes"));
    QCOMPARE(s.contentType, QByteArray("application/json"));
    QCOMPARE(bodyOf(s), obj(R"({"volume": {"size": 1}})"));
    QVERIFY(!s.minMicroversion.has_value());

    CreateVolumeRequest full;
    full.size = 10;
    full.name = QStringLiteral("lab-db-data");
    full.description = QString();
    full.volumeType = QStringLiteral("high-speed");
    full.availabilityZone = QStringLiteral("nova");
    full.metadata = QMap<QString, QString>{{QStringLiteral("role"), QStringLiteral("db")}};
    QCOMPARE(bodyOf(full.spec()), obj(R"({"volume": {"size": 10, "name": "lab-db-data", "description": "",
                                          "volume_type": "high-speed", "availability_zone": "nova",
                                          "metadata": {"role": "db"}}})"));
    // The body is compact JSON, as sent.
    QVERIFY(!full.spec().body.contains('\n'));
}

void TestVolumeSpec::createVolumeFromSources()
{
    CreateVolumeRequest image;
    image.size = 1;
    image.imageRef = QStringLiteral("9607ae92-76a6-4930-ad9f-e329ff59d1f4");
    QCOMPARE(bodyOf(image.spec()),
             obj(R"({"volume": {"size": 1, "imageRef": "9607ae92-76a6-4930-ad9f-e329ff59d1f4"}})"));

    // Without a size Cinder takes the snapshot's or the source volume's.
    CreateVolumeRequest snapshot;
    snapshot.snapshotId = QStringLiteral("c1173eb3");
    QCOMPARE(bodyOf(snapshot.spec()), obj(R"({"volume": {"snapshot_id": "c1173eb3"}})"));

    CreateVolumeRequest clone;
    clone.sourceVolumeId = QStringLiteral("e51df35f");
    clone.metadata = QMap<QString, QString>{};
    QCOMPARE(bodyOf(clone.spec()), obj(R"({"volume": {"source_volid": "e51df35f", "metadata": {}}})"));
}

void TestVolumeSpec::updateVolumeBody()
{
    UpdateVolumeRequest r;
    r.id = kOddId;
    r.name = QStringLiteral("renamed");
    RequestSpec s = r.spec();
    QCOMPARE(methodName(s.method), QByteArray("PUT"));
    QCOMPARE(s.path, QStringLiteral("volumes/") + kOddIdEncoded);
    QCOMPARE(bodyOf(s), obj(R"({"volume": {"name": "renamed"}})"));

    r.name.reset();
    r.description = QString();
    QCOMPARE(bodyOf(r.spec()), obj(R"({"volume": {"description": ""}})"));
}

void TestVolumeSpec::deleteVolume()
{
    DeleteVolumeRequest r{QStringLiteral("e51df35f")};
    QVERIFY(r.spec().query.isEmpty());
    r.cascade = true;
    const RequestSpec s = r.spec();
    QCOMPARE(methodName(s.method), QByteArray("DELETE"));
    QCOMPARE(s.path, QStringLiteral("volumes/e51df35f"));
    QCOMPARE(s.query.toString(), QStringLiteral("cascade=true"));
    QVERIFY(s.body.isEmpty());
}

void TestVolumeSpec::extendVolume()
{
    ExtendVolumeRequest r;
    r.id = kOddId;
    r.newSize = 2;
    RequestSpec s = r.spec();
    QCOMPARE(methodName(s.method), QByteArray("POST"));
    QCOMPARE(s.path, QStringLiteral("volumes/") + kOddIdEncoded + QStringLiteral("/action"));
    QCOMPARE(s.body, QByteArray(R"({"os-extend":{"new_size":2}})"));
    QVERIFY(!s.minMicroversion.has_value());

    // Growing an attached volume needs 3.42.
    r.attached = true;
    QCOMPARE(r.spec().minMicroversion, std::optional<Microversion>(Microversion{3, 42}));
}

void TestVolumeSpec::createSnapshotBody()
{
    CreateVolumeSnapshotRequest r;
    r.volumeId = QStringLiteral("e51df35f");
    RequestSpec s = r.spec();
    QCOMPARE(methodName(s.method), QByteArray("POST"));
    QCOMPARE(s.path, QStringLiteral("snapshots"));
    // No "force": false, which Cinder rejects from 3.66 on.
    QCOMPARE(bodyOf(s), obj(R"({"snapshot": {"volume_id": "e51df35f"}})"));
    QVERIFY(!s.minMicroversion.has_value());

    r.name = QStringLiteral("nightly");
    r.description = QStringLiteral("before the upgrade");
    r.force = true;
    r.metadata = QMap<QString, QString>{{QStringLiteral("why"), QStringLiteral("resilience")}};
    QCOMPARE(bodyOf(r.spec()), obj(R"({"snapshot": {"volume_id": "e51df35f", "name": "nightly",
                                       "description": "before the upgrade", "force": true,
                                       "metadata": {"why": "resilience"}}})"));
}

QTEST_GUILESS_MAIN(TestVolumeSpec)
#include "tst_volumespec.moc"
