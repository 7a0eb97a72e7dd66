// Designate v2: zones and record sets. parse() on bodies captured from the dev cloud (tests/data/dns,
// see its README), the error bodies the GUI relies on, and what each spec() sends.

#include "dns/createrecordsetrequest.h"
#include "dns/createzonerequest.h"
#include "dns/deleterecordsetrequest.h"
#include "dns/deletezonerequest.h"
#include "dns/getrecordsetrequest.h"
#include "dns/getzonerequest.h"
#include "dns/listrecordsetsrequest.h"
#include "dns/listzonesrequest.h"
#include "dns/updaterecordsetrequest.h"
#include "dns/updatezonerequest.h"

#include "testdata.h"

#include <QTest>
#include <QTimeZone>

using namespace zenith;

//! Declares `var`, the result of Request::parse on tests/data/<relative>; fails the test unless it is ok.
#define PARSE_FIXTURE(var, Request, relative, status)                                                                  \
    ZENITH_FIXTURE(var##Body, relative);                                                                               \
    const auto var = Request::parse(status, var##Body);                                                                \
    QVERIFY2(var.ok(), qPrintable(var.ok() ? QString() : var.error().message))

namespace QTest {
template <> inline char* toString(const std::optional<QString>& value)
{
    return value ? QTest::toString(*value) : qstrdup("nullopt");
}
template <> inline char* toString(const std::optional<int>& value)
{
    return value ? QTest::toString(*value) : qstrdup("nullopt");
}
} // namespace QTest

namespace {

const QString zoneId = QStringLiteral("73812859-8c48-480e-9d0a-df0c7ca431e5");
const QString recordSetId = QStringLiteral("7d0bdbef-64c0-46cb-a65e-ef26438533f1");

QDateTime utc(int hour, int minute, int second)
{
    return QDateTime(QDate(2026, 11, 25), QTime(hour, minute, second), QTimeZone::utc());
}

} // namespace

class TestDnsParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zoneLifecycle()
    {
        PARSE_FIXTURE(created, CreateZoneRequest, QStringLiteral("dns/zone-create.json"), 202);
        QCOMPARE(created->id, zoneId);
        QCOMPARE(created->name, QStringLiteral("zenith-capture.test."));
        QCOMPARE(created->email, QStringLiteral("admin@zenith-capture.test"));
        QCOMPARE(created->ttl, 600);
        QCOMPARE(created->serial, 1795599365);
        QCOMPARE(created->status, QStringLiteral("PENDING"));
        QCOMPARE(created->action, QStringLiteral("CREATE"));
        QCOMPARE(created->type, QStringLiteral("PRIMARY"));
        QCOMPARE(created->description, QStringLiteral("captured by zenith"));
        QCOMPARE(created->poolId, QStringLiteral("794ccc2c-d751-44fe-b57f-8894c9f5c842"));
        QCOMPARE(created->projectId, QStringLiteral("0b1fc91c7fa046b1885683c6236fde76"));
        QCOMPARE(created->version, 1);
        QVERIFY(created->masters.isEmpty());
        QCOMPARE(created->createdAt, utc(9, 36, 5));
        QVERIFY(!created->updatedAt.isValid());
        QVERIFY(!created->transferredAt.isValid());

        PARSE_FIXTURE(defaults, CreateZoneRequest, QStringLiteral("dns/zone-create-defaults.json"), 202);
        QCOMPARE(defaults->ttl, 3600);
        QVERIFY(defaults->description.isEmpty());

        PARSE_FIXTURE(active, GetZoneRequest, QStringLiteral("dns/zone-show.json"), 200);
        QCOMPARE(active->status, QStringLiteral("ACTIVE"));
        QCOMPARE(active->action, QStringLiteral("NONE"));
        QCOMPARE(active->updatedAt, utc(9, 36, 7));

        PARSE_FIXTURE(updated, UpdateZoneRequest, QStringLiteral("dns/zone-update.json"), 202);
        QCOMPARE(updated->action, QStringLiteral("UPDATE"));
        QCOMPARE(updated->ttl, 300);
        QCOMPARE(updated->email, QStringLiteral("hostmaster@zenith-capture.test"));
        QVERIFY(updated->serial > created->serial);
        PARSE_FIXTURE(settled, GetZoneRequest, QStringLiteral("dns/zone-show-updated.json"), 200);
        QCOMPARE(settled->status, QStringLiteral("ACTIVE"));
        QVERIFY(settled->serial > updated->serial); // each record change bumps it again

        PARSE_FIXTURE(deleted, DeleteZoneRequest, QStringLiteral("dns/zone-delete.json"), 202);
        QCOMPARE(deleted->status, QStringLiteral("PENDING"));
        QCOMPARE(deleted->action, QStringLiteral("DELETE"));
    }

    void zoneLists()
    {
        PARSE_FIXTURE(all, ListZonesRequest, QStringLiteral("dns/zone-list.json"), 200);
        QCOMPARE(all->items.size(), 2);
        QCOMPARE(all->items.at(1).name, QStringLiteral("zenith-capture-2.test."));
        QCOMPARE(all->nextMarker, std::nullopt);
        PARSE_FIXTURE(page, ListZonesRequest, QStringLiteral("dns/zone-list-page.json"), 200);
        QCOMPARE(page->items.size(), 1);
        QCOMPARE(page->nextMarker, std::optional<QString>(page->items.first().id));
        PARSE_FIXTURE(filtered, ListZonesRequest, QStringLiteral("dns/zone-list-filtered.json"), 200);
        QCOMPARE(filtered->items.size(), 1);
        QCOMPARE(filtered->items.first().id, zoneId);
        QCOMPARE(filtered->nextMarker, std::nullopt); // the filter in "self" is no marker
    }

    void zoneShapeErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no serial") << QByteArray(R"({"id": "z", "name": "a.test.", "ttl": 1, "status": "ACTIVE"})")
                                   << QStringLiteral("zone.serial");
        QTest::newRow("ttl text") << QByteArray(R"({"id": "z", "name": "a.test.", "ttl": "600"})")
                                  << QStringLiteral("zone.ttl");
        QTest::newRow("wrapped") << QByteArray(R"({"zone": {"id": "z"}})") << QStringLiteral("zone.id");
    }

    void zoneShapeErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto zone = GetZoneRequest::parse(200, body);
        QVERIFY(!zone.ok());
        QCOMPARE(kindName(zone.error().kind), QStringLiteral("Parse"));
        QVERIFY2(zone.error().message.startsWith(field), qPrintable(zone.error().message));
    }

    void recordSetLifecycle()
    {
        PARSE_FIXTURE(a, CreateRecordSetRequest, QStringLiteral("dns/recordset-create.json"), 202);
        QCOMPARE(a->id, recordSetId);
        QCOMPARE(a->zoneId, zoneId);
        QCOMPARE(a->zoneName, QStringLiteral("zenith-capture.test."));
        QCOMPARE(a->name, QStringLiteral("www.zenith-capture.test."));
        QCOMPARE(a->type, QStringLiteral("A"));
        QCOMPARE(a->records, QStringList{QStringLiteral("192.0.2.10")});
        QCOMPARE(a->ttl, std::optional<int>(300));
        QCOMPARE(a->description, QStringLiteral("web"));
        QCOMPARE(a->status, QStringLiteral("PENDING"));
        QCOMPARE(a->action, QStringLiteral("CREATE"));
        QCOMPARE(a->version, 1);
        QCOMPARE(a->createdAt, utc(9, 36, 14));

        PARSE_FIXTURE(shown, GetRecordSetRequest, QStringLiteral("dns/recordset-show.json"), 200);
        QCOMPARE(shown->status, QStringLiteral("ACTIVE"));
        QCOMPARE(shown->action, QStringLiteral("NONE"));
        PARSE_FIXTURE(updated, UpdateRecordSetRequest, QStringLiteral("dns/recordset-update.json"), 202);
        QCOMPARE(updated->records, (QStringList{QStringLiteral("192.0.2.11"), QStringLiteral("192.0.2.12")}));
        QCOMPARE(updated->ttl, std::optional<int>(120));
        QCOMPARE(updated->action, QStringLiteral("UPDATE"));
        QVERIFY(updated->updatedAt.isValid());
        PARSE_FIXTURE(deleted, DeleteRecordSetRequest, QStringLiteral("dns/recordset-delete.json"), 202);
        QCOMPARE(deleted->action, QStringLiteral("DELETE"));
        QCOMPARE(deleted->version, 3);
    }

    void recordSetTypes_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("record");
        QTest::newRow("AAAA") << QStringLiteral("aaaa") << QStringLiteral("AAAA") << QStringLiteral("2001:db8::10");
        QTest::newRow("CNAME") << QStringLiteral("cname") << QStringLiteral("CNAME")
                               << QStringLiteral("www.zenith-capture.test.");
        QTest::newRow("MX") << QStringLiteral("mx") << QStringLiteral("MX")
                            << QStringLiteral("10 mail.zenith-capture.test.");
        QTest::newRow("TXT") << QStringLiteral("txt") << QStringLiteral("TXT") << QStringLiteral("\"v=spf1 -all\"");
        QTest::newRow("CAA") << QStringLiteral("caa") << QStringLiteral("CAA")
                             << QStringLiteral("0 issue letsencrypt.org");
        QTest::newRow("SRV") << QStringLiteral("srv") << QStringLiteral("SRV")
                             << QStringLiteral("10 60 5060 sip.zenith-capture.test.");
    }

    void recordSetTypes()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, type);
        QFETCH(QString, record);
        PARSE_FIXTURE(created, CreateRecordSetRequest, QStringLiteral("dns/recordset-create-%1.json").arg(fixture),
                      202);
        QCOMPARE(created->type, type);
        QCOMPARE(created->records, QStringList{record});
        QCOMPARE(created->ttl, std::nullopt); // "ttl": null: the zone's default
        QVERIFY(created->description.isEmpty());
    }

    void recordSetLists()
    {
        PARSE_FIXTURE(all, ListRecordSetsRequest, QStringLiteral("dns/recordset-list.json"), 200);
        QStringList types;
        for (const RecordSet& s : all->items)
            types.append(s.type);
        QCOMPARE(types, (QStringList{QStringLiteral("SOA"), QStringLiteral("NS"), QStringLiteral("MX"),
                                     QStringLiteral("A"), QStringLiteral("TXT")}));
        QCOMPARE(all->nextMarker, std::nullopt);
        PARSE_FIXTURE(page, ListRecordSetsRequest, QStringLiteral("dns/recordset-list-page.json"), 200);
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->nextMarker, std::optional<QString>(all->items.at(1).id));
        PARSE_FIXTURE(filtered, ListRecordSetsRequest, QStringLiteral("dns/recordset-list-filtered.json"), 200);
        QCOMPARE(filtered->items.size(), 1);
        QCOMPARE(filtered->items.first().id, recordSetId);

        const auto badRecords = ListRecordSetsRequest::parse(200, R"({"recordsets": [{"id": "r", "zone_id": "z",
            "name": "a.", "type": "A", "records": [1]}], "links": {}})");
        QVERIFY(!badRecords.ok());
        QVERIFY2(badRecords.error().message.contains(QStringLiteral("recordsets[0]")),
                 qPrintable(badRecords.error().message));
    }

    void errorBodies_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const QString invalid = QStringLiteral("Provided object is not valid. Got a ValueError error with message ");
        QTest::newRow("zone 404") << QStringLiteral("zone-error-404.json") << 404 << QStringLiteral("NotFound")
                                  << QStringLiteral("zone_not_found") << QStringLiteral("Could not find Zone");
        QTest::newRow("zone 409") << QStringLiteral("zone-error-409-duplicate.json") << 409
                                  << QStringLiteral("Conflict") << QStringLiteral("duplicate_zone")
                                  << QStringLiteral("Duplicate Zone");
        QTest::newRow("no dot") << QStringLiteral("zone-error-400-nodot.json") << 400 << QStringLiteral("BadRequest")
                                << QStringLiteral("invalid_object")
                                << invalid + QStringLiteral("Domain zenith-capture-3.test does not end with a dot");
        QTest::newRow("email") << QStringLiteral("zone-error-400-email.json") << 400 << QStringLiteral("BadRequest")
                               << QStringLiteral("invalid_object")
                               << invalid + QStringLiteral("not an email is not an email");
        QTest::newRow("recordset 404") << QStringLiteral("recordset-error-404.json") << 404
                                       << QStringLiteral("NotFound") << QStringLiteral("recordset_not_found")
                                       << QStringLiteral("Could not find RecordSet");
        QTest::newRow("recordset zone 404")
            << QStringLiteral("recordset-error-404-zone.json") << 404 << QStringLiteral("NotFound")
            << QStringLiteral("zone_not_found") << QStringLiteral("Could not find Zone");
        QTest::newRow("recordset 409") << QStringLiteral("recordset-error-409-duplicate.json") << 409
                                       << QStringLiteral("Conflict") << QStringLiteral("duplicate_recordset")
                                       << QStringLiteral("Duplicate RecordSet");
        QTest::newRow("cname") << QStringLiteral("recordset-error-cname.json") << 400 << QStringLiteral("BadRequest")
                               << QStringLiteral("invalid_recordset_location")
                               << QStringLiteral("CNAME recordsets may not share a name with any other records");
        QTest::newRow("outside") << QStringLiteral("recordset-error-400-name.json") << 400
                                 << QStringLiteral("BadRequest") << QStringLiteral("invalid_recordset_location")
                                 << QStringLiteral("RecordSet is not contained within it's parent zone");
    }

    void errorBodies()
    {
        QFETCH(QString, fixture);
        QFETCH(int, status);
        ZENITH_FIXTURE(body, QStringLiteral("dns/") + fixture);
        const ApiError e = ApiError::fromReply(status, body, QStringLiteral("dns"), QString());
        QTEST(kindName(e.kind), "kind");
        QTEST(e.code, "code");
        QTEST(e.message, "message");
        QVERIFY(e.requestId.startsWith(QStringLiteral("req-")));
    }

    void schemaErrorsCarryTheirMessageInErrorsList()
    {
        // A bad record value gets {"type": "invalid_object", "errors": {"errors": [{"path", "message"}]}}
        // and no top-level "message".
        ZENITH_FIXTURE(body, QStringLiteral("dns/recordset-error-400-a.json"));
        const ApiError e = ApiError::fromReply(400, body, QStringLiteral("dns"), QString());
        QCOMPARE(kindName(e.kind), QStringLiteral("BadRequest"));
        QCOMPARE(e.code, QStringLiteral("invalid_object"));
        QCOMPARE(e.message, QStringLiteral("'999.0.2.1' is not a 'A' Record"));
    }

    void zoneSpecs()
    {
        ListZonesRequest list;
        list.limit = 1;
        list.marker = QStringLiteral("m");
        list.name = QStringLiteral("lab.test.");
        list.status = QStringLiteral("ACTIVE");
        const RequestSpec l = list.spec();
        QCOMPARE(l.service, ServiceType::Dns);
        QCOMPARE(methodName(l.method), QByteArray("GET"));
        QCOMPARE(l.path, QStringLiteral("zones"));
        QCOMPARE(l.query.toString(QUrl::FullyEncoded), QStringLiteral("limit=1&marker=m&name=lab.test.&status=ACTIVE"));
        QCOMPARE(GetZoneRequest{zoneId}.spec().path, QStringLiteral("zones/") + zoneId);

        CreateZoneRequest create;
        create.name = QStringLiteral("lab.test.");
        create.email = QStringLiteral("me@lab.test");
        create.ttl = 600;
        create.description = QStringLiteral("été");
        create.type = QStringLiteral("PRIMARY");
        const RequestSpec c = create.spec();
        QCOMPARE(methodName(c.method), QByteArray("POST"));
        QCOMPARE(c.path, QStringLiteral("zones"));
        QCOMPARE(c.body, QByteArray(R"({"description":"été","email":"me@lab.test","name":"lab.test.",)"
                                    R"("ttl":600,"type":"PRIMARY"})"));
        QCOMPARE(c.minMicroversion, std::nullopt);
        CreateZoneRequest secondary;
        secondary.name = QStringLiteral("b.test.");
        secondary.type = QStringLiteral("SECONDARY");
        secondary.masters = QStringList{QStringLiteral("192.0.2.1:53")};
        QCOMPARE(secondary.spec().body,
                 QByteArray(R"({"masters":["192.0.2.1:53"],"name":"b.test.","type":"SECONDARY"})"));

        const RequestSpec u = UpdateZoneRequest{zoneId, {}, 300, {}}.spec();
        QCOMPARE(methodName(u.method), QByteArray("PATCH"));
        QCOMPARE(u.path, QStringLiteral("zones/") + zoneId);
        QCOMPARE(u.body, QByteArray(R"({"ttl":300})"));
        const RequestSpec d = DeleteZoneRequest{zoneId}.spec();
        QCOMPARE(methodName(d.method), QByteArray("DELETE"));
        QVERIFY(d.body.isEmpty());
    }

    void recordSetSpecs()
    {
        const QString base = QStringLiteral("zones/") + zoneId + QStringLiteral("/recordsets");
        ListRecordSetsRequest list{zoneId,
                                   2,
                                   QStringLiteral("m"),
                                   QStringLiteral("www.lab.test."),
                                   QStringLiteral("A"),
                                   QStringLiteral("192.0.2.10")};
        const RequestSpec l = list.spec();
        QCOMPARE(l.path, base);
        QCOMPARE(l.query.toString(QUrl::FullyEncoded),
                 QStringLiteral("limit=2&marker=m&name=www.lab.test.&type=A&data=192.0.2.10"));
        const GetRecordSetRequest get{zoneId, recordSetId};
        QCOMPARE(get.spec().path, base + u'/' + recordSetId);

        const RequestSpec c = CreateRecordSetRequest{
            zoneId,
            QStringLiteral("lab.test."),
            QStringLiteral("MX"),
            {QStringLiteral("10 mx1.lab.test."), QStringLiteral("20 mx2.lab.test.")},
            60,
            {}}.spec();
        QCOMPARE(methodName(c.method), QByteArray("POST"));
        QCOMPARE(c.path, base);
        QCOMPARE(c.body, QByteArray(R"({"name":"lab.test.","records":["10 mx1.lab.test.","20 mx2.lab.test."],)"
                                    R"("ttl":60,"type":"MX"})"));

        const RequestSpec u =
            UpdateRecordSetRequest{zoneId, recordSetId, QStringList{QStringLiteral("192.0.2.11")}, {}, QString()}
                .spec();
        QCOMPARE(methodName(u.method), QByteArray("PUT"));
        QCOMPARE(u.path, base + u'/' + recordSetId);
        // An empty description is sent (it clears the old one); an unset TTL is not.
        QCOMPARE(u.body, QByteArray(R"({"description":"","records":["192.0.2.11"]})"));
        // A cleared TTL is sent as null: the zone's TTL applies again.
        const RequestSpec cleared = UpdateRecordSetRequest{zoneId, recordSetId, {}, clearValue<int>(), {}}.spec();
        QCOMPARE(cleared.body, QByteArray(R"({"ttl":null})"));
        const RequestSpec d = DeleteRecordSetRequest{zoneId, recordSetId}.spec();
        QCOMPARE(methodName(d.method), QByteArray("DELETE"));
        QCOMPARE(d.path, base + u'/' + recordSetId);
    }
};

QTEST_GUILESS_MAIN(TestDnsParse)
#include "tst_dnsparse.moc"
