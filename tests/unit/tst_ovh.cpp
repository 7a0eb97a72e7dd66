#include "ovh/ovhclient.h"
#include "ovh/ovhcredentials.h"
#include "ovh/ovhcredentialstore.h"
#include "ovh/ovherror.h"
#include "ovh/ovhnewrecord.h"
#include "ovh/ovhrecordupdate.h"
#include "ovh/ovhresponse.h"
#include "ovh/ovhsignature.h"
#include "secrets/memorysecretstore.h"
#include "testdata.h"

#include <QJsonDocument>
#include <QTest>

using namespace zenith;

namespace {

QByteArray fixture(const QString& name)
{
    QByteArray body;
    QString why;
    if (!test::loadFixture(QStringLiteral("ovh/") + name, body, why))
        qFatal("%s", qPrintable(why));
    return body;
}

template <typename T> T awaited(const QFuture<T>& future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 5000))
        qFatal("no answer in 5 s");
    return future.result();
}

} // namespace

// lib/ovh's pure parts: the signature, the bodies, the errors, the keys' naming and storage.
class TestOvh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signature_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("url");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("timestamp");
        QTest::addColumn<QByteArray>("expected");
        // Expected values computed independently when this test was written, from the documented
        // algorithm, with coreutils:
        //   printf '%s'
        //   'EXEMPLEapplicationSECRET+EXEMPLEconsumerKEY+GET+https://eu.api.ovh.com/1.0/domain/zone++1366560945' |
        //   sha1sum
        // and likewise for each row (the body between the URL's and the timestamp's '+').
        QTest::newRow("GET without body")
            << QByteArray("GET") << QByteArray("https://eu.api.ovh.com/1.0/domain/zone") << QByteArray()
            << qint64(1366560945) << QByteArray("$1$ebce8083c92127e65873631ca6be23e08ca6d44e");
        QTest::newRow("POST with a JSON body")
            << QByteArray("POST") << QByteArray("https://eu.api.ovh.com/1.0/domain/zone/example.org/record")
            << QByteArray("{\"fieldType\":\"A\",\"subDomain\":\"www\",\"target\":\"203.0.113.7\",\"ttl\":3600}")
            << qint64(1700000000) << QByteArray("$1$3c814a721e5a8e176dacf5b9f806b287e9295273");
        QTest::newRow("GET with a query")
            << QByteArray("GET")
            << QByteArray("https://eu.api.ovh.com/1.0/domain/zone/example.org/record?fieldType=A&subDomain=www")
            << QByteArray() << qint64(1700000123) << QByteArray("$1$68827c11fdfe153ee9bdcf3b8b7413e6b615402e");
        QTest::newRow("DELETE on the CA endpoint")
            << QByteArray("DELETE")
            << QByteArray("https://ca.api.ovh.com/1.0/domain/zone/example.org/record/5115496087") << QByteArray()
            << qint64(1700000456) << QByteArray("$1$4ba35044bf07ef1fa22841d7626e563839078836");
    }

    void signature()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, url);
        QFETCH(QByteArray, body);
        QFETCH(qint64, timestamp);
        QFETCH(QByteArray, expected);
        QCOMPARE(ovhSignature(QStringLiteral("EXEMPLEapplicationSECRET"), QStringLiteral("EXEMPLEconsumerKEY"), method,
                              url, body, timestamp),
                 expected);
        // Any change to what is signed changes the signature.
        QVERIFY(ovhSignature(QStringLiteral("EXEMPLEapplicationSECRET"), QStringLiteral("EXEMPLEconsumerKEY"), method,
                             url + '/', body, timestamp) != expected);
        QVERIFY(ovhSignature(QStringLiteral("EXEMPLEapplicationSECRET"), QStringLiteral("EXEMPLEconsumerKEY"), method,
                             url, body, timestamp + 1) != expected);
    }

    void newRecordBodyIsTheSignedOne()
    {
        // The bytes the client sends, and signs, for the POST row above.
        const OvhNewRecord record{QStringLiteral("A"), QStringLiteral("www"), QStringLiteral("203.0.113.7"), 3600};
        QCOMPARE(QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact),
                 QByteArray("{\"fieldType\":\"A\",\"subDomain\":\"www\",\"target\":\"203.0.113.7\",\"ttl\":3600}"));
        const OvhNewRecord apex{QStringLiteral("TXT"), QString(), QStringLiteral("\"hello\""), std::nullopt};
        QVERIFY(!apex.toJson().contains(u"ttl"));
        QCOMPARE(apex.toJson().value(u"subDomain").toString(), QString());
        OvhRecordUpdate update;
        QVERIFY(update.isEmpty());
        update.target = QStringLiteral("198.51.100.1");
        QCOMPARE(QJsonDocument(update.toJson()).toJson(QJsonDocument::Compact),
                 QByteArray("{\"target\":\"198.51.100.1\"}"));
    }

    void endpoints()
    {
        QCOMPARE(OvhCredentials::endpointUrl(u"ovh-eu"), QUrl(QStringLiteral("https://eu.api.ovh.com/1.0")));
        QCOMPARE(OvhCredentials::endpointUrl(u"eu"), QUrl(QStringLiteral("https://eu.api.ovh.com/1.0")));
        QCOMPARE(OvhCredentials::endpointUrl(u"ovh-ca"), QUrl(QStringLiteral("https://ca.api.ovh.com/1.0")));
        QCOMPARE(OvhCredentials::endpointUrl(u"us"), QUrl(QStringLiteral("https://api.us.ovhcloud.com/1.0")));
        QVERIFY(!OvhCredentials::endpointUrl(u"kimsufi-eu").isValid());
        OvhCredentials c;
        QCOMPARE(c.missingField(), QStringLiteral("endpoint"));
        c.endpoint = OvhCredentials::endpointUrl(u"eu");
        c.applicationKey = QStringLiteral("ak");
        QCOMPARE(c.missingField(), QStringLiteral("applicationSecret"));
        c.applicationSecret = QStringLiteral("as");
        QCOMPARE(c.missingField(), QStringLiteral("consumerKey"));
        c.consumerKey = QStringLiteral("ck");
        QVERIFY(c.isComplete());
    }

    void urlsAreSignedAsSent()
    {
        OvhCredentials c{QUrl(QStringLiteral("https://eu.api.ovh.com/1.0")), QStringLiteral("ak"), QStringLiteral("as"),
                         QStringLiteral("ck")};
        OvhClient client(nullptr, c);
        OvhRecordFilter filter;
        filter.fieldType = QStringLiteral("TXT");
        filter.subDomain = QStringLiteral("a+b c");
        const QUrl url =
            client.urlFor({HttpMethod::Get, QStringLiteral("domain/zone/example.org/record"), filter.toQuery(), {}});
        QCOMPARE(
            url.toEncoded(),
            QByteArray("https://eu.api.ovh.com/1.0/domain/zone/example.org/record?fieldType=TXT&subDomain=a%2Bb%20c"));
        QCOMPARE(OvhClient::zoneSegment(QStringLiteral("example.org")).value(), QStringLiteral("example.org"));
        for (const QString& bad : {QString(), QStringLiteral(".."), QStringLiteral("../me"), QStringLiteral("a\tb")}) {
            const auto segment = OvhClient::zoneSegment(bad);
            QVERIFY2(!segment.ok(), qPrintable(bad));
            QCOMPARE(segment.error().kind, ApiError::Kind::BadRequest);
        }
    }

    void incompleteKeysFailBeforeSending()
    {
        OvhClient client(nullptr, OvhCredentials{QUrl(QStringLiteral("https://eu.api.ovh.com/1.0")),
                                                 QStringLiteral("ak"), QString(), QStringLiteral("ck")});
        const auto zones = awaited(client.listZones());
        QVERIFY(!zones.ok());
        QCOMPARE(zones.error().kind, ApiError::Kind::Config);
        QVERIFY2(zones.error().message.contains(u"applicationSecret"), qPrintable(zones.error().message));
        const auto bad = awaited(client.getRecord(QStringLiteral("../../me"), 1));
        QCOMPARE(bad.error().kind, ApiError::Kind::BadRequest);
    }

    void parsesRecords()
    {
        const auto record = ovh::parseRecord(fixture(QStringLiteral("ovh-record.json")));
        QVERIFY2(record.ok(), qPrintable(record ? QString() : record.error().message));
        QCOMPARE(record->id, Q_INT64_C(5115496087));
        QCOMPARE(record->zone, QStringLiteral("example.org"));
        QCOMPARE(record->subDomain, QStringLiteral("www"));
        QCOMPARE(record->fieldType, QStringLiteral("A"));
        QCOMPARE(record->target, QStringLiteral("203.0.113.7"));
        QCOMPARE(record->ttl, 3600);
        const auto apex = ovh::parseRecord(fixture(QStringLiteral("ovh-record-apex.json")));
        QVERIFY(apex.ok());
        QCOMPARE(apex->subDomain, QString());
        QCOMPARE(apex->ttl, 0);
    }

    void aMissingFieldIsNamed_data()
    {
        QTest::addColumn<QString>("field");
        for (const char* field : {"id", "zone", "fieldType", "target"})
            QTest::newRow(field) << QString::fromLatin1(field);
    }

    void aMissingFieldIsNamed()
    {
        QFETCH(QString, field);
        QJsonObject json = QJsonDocument::fromJson(fixture(QStringLiteral("ovh-record.json"))).object();
        json.remove(field);
        const auto record = OvhRecord::fromJson(json);
        QVERIFY(!record.ok());
        QCOMPARE(record.error().kind, ApiError::Kind::Parse);
        QVERIFY2(record.error().message.contains(QStringLiteral("record.") + field),
                 qPrintable(record.error().message));
        json.insert(QStringLiteral("ttl"), QStringLiteral("soon"));
        json.insert(field, field == u"id" ? QJsonValue(1) : QJsonValue(QStringLiteral("x")));
        QVERIFY2(!OvhRecord::fromJson(json).ok(), "a ttl that is no number is refused");
    }

    void parsesListsZonesAndTime()
    {
        const auto ids = ovh::parseIds(fixture(QStringLiteral("ovh-record-ids.json")));
        QVERIFY(ids.ok());
        QCOMPARE(*ids, (QList<qint64>{Q_INT64_C(5115496087), Q_INT64_C(5115496088), Q_INT64_C(4294967296)}));
        QVERIFY(!ovh::parseIds("[1, \"2\"]").ok());
        QVERIFY(!ovh::parseIds("[1.5]").ok());
        QVERIFY(!ovh::parseIds("{}").ok());
        const auto names = ovh::parseNames(fixture(QStringLiteral("ovh-zones.json")));
        QCOMPARE(*names, (QStringList{QStringLiteral("example.org"), QStringLiteral("zenith-lab.example")}));
        const auto zone = ovh::parseZone(fixture(QStringLiteral("ovh-zone.json")), QStringLiteral("asked.org"));
        QVERIFY(zone.ok());
        QCOMPARE(zone->name, QStringLiteral("example.org"));
        QCOMPARE(zone->nameServers.size(), 2);
        QVERIFY(zone->dnssecSupported);
        QCOMPARE(zone->lastUpdate, QDateTime(QDate(2024, 3, 12), QTime(8, 41, 7), Qt::UTC));
        const auto unnamed = ovh::parseZone("{\"nameServers\":[]}", QStringLiteral("asked.org"));
        QCOMPARE(unnamed->name, QStringLiteral("asked.org"));
        QCOMPARE(ovh::parseTime("1700000000\n").value(), Q_INT64_C(1700000000));
        QVERIFY(!ovh::parseTime("<html>maintenance</html>").ok());
        QVERIFY(!ovh::parseTime("12").ok());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid signature")
            << "error-ovh-400-invalid-signature.json" << 400 << int(ApiError::Kind::Unauthorized) << "INVALID_SIGNATURE"
            << "Invalid signature";
        QTest::newRow("invalid signature, class") << "error-ovh-400-invalid-signature-class.json" << 400
                                                  << int(ApiError::Kind::Unauthorized) << "Client::BadRequest"
                                                  << "Invalid signature";
        QTest::newRow("invalid credential") << "error-ovh-403-invalid-credential.json" << 403
                                            << int(ApiError::Kind::Unauthorized) << "INVALID_CREDENTIAL"
                                            << "This credential is not valid";
        QTest::newRow("not granted") << "error-ovh-403-not-granted.json" << 403 << int(ApiError::Kind::Forbidden)
                                     << "NOT_GRANTED_CALL"
                                     << "This call has not been granted";
        QTest::newRow("not granted, class")
            << "error-ovh-403-not-granted-class.json" << 403 << int(ApiError::Kind::Forbidden) << "Client::Forbidden"
            << "This call has not been granted";
        QTest::newRow("login") << "error-ovh-401-login.json" << 401 << int(ApiError::Kind::Unauthorized)
                               << "Client::Unauthorized"
                               << "You must login first";
        QTest::newRow("unknown zone") << "error-ovh-404-service.json" << 404 << int(ApiError::Kind::NotFound)
                                      << "Client::NotFound"
                                      << "This service does not exist";
    }

    void errors()
    {
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const ApiError e = ovhError(status, fixture(file), QStringLiteral("EU.ext-3.63ac85b6"));
        QCOMPARE(kindName(e.kind), kindName(static_cast<ApiError::Kind>(kind)));
        QCOMPARE(e.code, code);
        QCOMPARE(e.message, message);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.service, QStringLiteral("ovh"));
        QCOMPARE(e.requestId, QStringLiteral("EU.ext-3.63ac85b6"));
        const ApiError conflict = ovhError(409, "{\"class\":\"Client::Conflict\",\"message\":\"Already exists\"}");
        QCOMPARE(conflict.kind, ApiError::Kind::Conflict);
    }

    void secretsAreStoredUnderTheirKey()
    {
        const OvhCredentials c{QUrl(QStringLiteral("https://eu.api.ovh.com/1.0/")), QStringLiteral("7kbG7Bk7S9Nt7ZSV"),
                               QStringLiteral("the-secret"), QStringLiteral("the-consumer-key")};
        QCOMPARE(ovhSecretKey(c.endpoint, c.applicationKey),
                 QStringLiteral("ovh-api:https://eu.api.ovh.com/1.0|7kbG7Bk7S9Nt7ZSV"));
        MemorySecretStore store;
        QVERIFY(awaited(storeOvhCredentials(store, c)).ok());
        QCOMPARE(store.keys(), QStringList{ovhSecretKey(c.endpoint, c.applicationKey)});
        const auto loaded = awaited(loadOvhCredentials(store, c.endpoint, c.applicationKey));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->applicationSecret, c.applicationSecret);
        QCOMPARE(loaded->consumerKey, c.consumerKey);
        QCOMPARE(loaded->applicationKey, c.applicationKey);
        const auto other = awaited(loadOvhCredentials(store, c.endpoint, QStringLiteral("another")));
        QCOMPARE(other.error().kind, SecretError::Kind::NotFound);
        QVERIFY(awaited(store.write(ovhSecretKey(c.endpoint, QStringLiteral("broken")), QStringLiteral("x"))).ok());
        QCOMPARE(awaited(loadOvhCredentials(store, c.endpoint, QStringLiteral("broken"))).error().kind,
                 SecretError::Kind::Other);
        QVERIFY(awaited(forgetOvhCredentials(store, c.endpoint, c.applicationKey)).ok());
        QVERIFY(!store.keys().contains(ovhSecretKey(c.endpoint, c.applicationKey)));
    }
};

QTEST_GUILESS_MAIN(TestOvh)
#include "tst_ovh.moc"
