#include "democloud/democloud.h"

#include "core/session.h"
#include "dns/ovhdnsprovider.h"
#include "ovh/ovhrecord.h"

#include <QTest>

using namespace zenith;

namespace {

template <typename T> Result<T> await(QFuture<Result<T>> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        return ApiError::local(ApiError::Kind::Timeout, QStringLiteral("no answer in 20 s"));
    if (future.resultCount() == 0)
        return ApiError::local(ApiError::Kind::Cancelled, QStringLiteral("no result"));
    return future.result();
}

template <typename T> QString why(const Result<T>& result)
{
    return result ? QString()
                  : kindName(result.error().kind) + u' ' + result.error().code + u' ' + result.error().message;
}

DnsRecord aRecord(const QString& name, const QString& type, const QString& value, std::optional<int> ttl)
{
    DnsRecord r;
    r.name = name;
    r.type = type;
    r.values = {value};
    r.ttl = ttl;
    return r;
}

} // namespace

// OvhDnsProvider: the names convention (pure), then every call against the demo cloud's signed
// simulation of OVHcloud's API, and the ways it refuses keys and zones.
class TestOvhDnsProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_cloud = std::make_unique<DemoCloud>();
        QString error;
        QVERIFY2(m_cloud->start(0, &error), qPrintable(error));
        m_session = std::make_unique<Session>(m_cloud->cloudConfig());
    }

    void cleanup()
    {
        m_session.reset();
        m_cloud.reset();
    }

    void namesAreAbsoluteWithTheFinalDot()
    {
        const QString domain = u"example.org"_qs;
        QCOMPARE(OvhDnsProvider::absoluteName(u"www"_qs, domain), u"www.example.org."_qs);
        QCOMPARE(OvhDnsProvider::absoluteName(QString(), domain), u"example.org."_qs);
        QCOMPARE(OvhDnsProvider::absoluteName(u"_sip._tcp"_qs, domain), u"_sip._tcp.example.org."_qs);
        QCOMPARE(OvhDnsProvider::subDomainOf(u"www.example.org."_qs, domain).value(), u"www"_qs);
        QCOMPARE(OvhDnsProvider::subDomainOf(u"a.b.Example.ORG."_qs, domain).value(), u"a.b"_qs);
        QCOMPARE(OvhDnsProvider::subDomainOf(u"example.org."_qs, domain).value(), QString());
        // Relative names, names outside the zone, and look-alike suffixes are refused.
        for (const QString& bad : {u"www"_qs, u"www.example.org"_qs, u"www.example.net."_qs, u"badexample.org."_qs}) {
            const Result<QString> sub = OvhDnsProvider::subDomainOf(bad, domain);
            QVERIFY2(!sub, qPrintable(bad));
            QCOMPARE(sub.error().kind, ApiError::Kind::BadRequest);
        }
        const DnsZone zone = OvhDnsProvider::toDnsZone(domain);
        QCOMPARE(zone.id, domain);
        QCOMPARE(zone.name, u"example.org."_qs);
        QCOMPARE(OvhDnsProvider::domainOf(zone), domain);
        DnsZone named;
        named.name = u"example.org."_qs;
        QCOMPARE(OvhDnsProvider::domainOf(named), domain);
    }

    void recordsMapBothWays()
    {
        OvhRecord mx;
        mx.id = Q_INT64_C(5115496087);
        mx.zone = u"example.org"_qs;
        mx.fieldType = u"MX"_qs;
        mx.target = u"10 mail.example.org."_qs;
        const DnsRecord r = OvhDnsProvider::toDnsRecord(mx);
        QCOMPARE(r.id, u"5115496087"_qs);
        QCOMPARE(r.zoneId, u"example.org"_qs);
        QCOMPARE(r.name, u"example.org."_qs);
        QCOMPARE(r.values, QStringList{u"10 mail.example.org."_qs}); // priority in the target, as OVHcloud keeps it
        QVERIFY(!r.ttl);                                             // 0: the zone's
        QCOMPARE(r.status, DnsStatus::None);
        QCOMPARE(OvhDnsProvider::recordId(r).value(), mx.id);

        OvhRecord txt;
        txt.id = 1;
        txt.zone = u"example.org"_qs;
        txt.subDomain = u"www"_qs;
        txt.fieldType = u"TXT"_qs;
        txt.target = u"say \"hi\""_qs; // unquoted, as older records are
        txt.ttl = 60;
        const DnsRecord t = OvhDnsProvider::toDnsRecord(txt);
        QCOMPARE(t.values, QStringList{u"\"say \\\"hi\\\"\""_qs});
        QCOMPARE(t.ttl, std::optional<int>(60));
        txt.target = u"\"v=spf1 -all\""_qs;
        QCOMPARE(OvhDnsProvider::toDnsRecord(txt).values, QStringList{u"\"v=spf1 -all\""_qs});

        const auto body = OvhDnsProvider::toNewRecord(
            aRecord(u"www.example.org."_qs, u"A"_qs, u"203.0.113.10"_qs, 3600), u"example.org"_qs);
        QVERIFY(body);
        QCOMPARE(body->fieldType, u"A"_qs);
        QCOMPARE(body->subDomain, u"www"_qs);
        QCOMPARE(body->target, u"203.0.113.10"_qs);
        QCOMPARE(body->ttl, std::optional<int>(3600));
        DnsRecord two = aRecord(u"www.example.org."_qs, u"A"_qs, u"203.0.113.10"_qs, {});
        two.values << u"203.0.113.11"_qs;
        QCOMPARE(OvhDnsProvider::toNewRecord(two, u"example.org"_qs).error().kind, ApiError::Kind::BadRequest);
        const auto update = OvhDnsProvider::toUpdate(aRecord(u"www.example.org."_qs, u"A"_qs, u"1.2.3.4"_qs, {}));
        QCOMPARE(update->ttl, std::optional<int>(0));
        QVERIFY(!update->subDomain);
        QCOMPARE(OvhDnsProvider::recordId(DnsRecord{}).error().kind, ApiError::Kind::BadRequest);
    }

    void capabilities()
    {
        OvhDnsProvider provider(m_session.get(), m_cloud->ovhCredentials());
        const auto c = provider.capabilities();
        QVERIFY(!c.createZones);
        QVERIFY(!c.statuses);
        QVERIFY(c.publish);
        QVERIFY(!c.recordSets);
        QCOMPARE(await(provider.createZone({})).error().kind, ApiError::Kind::Unsupported);
    }

    void listsCreatesUpdatesDeletesAndPublishes()
    {
        OvhDnsProvider provider(m_session.get(), m_cloud->ovhCredentials());
        const auto zones = await(provider.listZones());
        QVERIFY2(zones.ok(), qPrintable(why(zones)));
        QCOMPARE(zones->size(), 1);
        const DnsZone zone = zones->first();
        QCOMPARE(zone.id, DemoCloud::ovhZoneName());
        QCOMPARE(zone.name, QString(DemoCloud::ovhZoneName() + u'.'));
        QCOMPARE(await(provider.zone(zone))->name, zone.name);

        const auto seeded = await(provider.listRecords(zone));
        QVERIFY2(seeded.ok(), qPrintable(why(seeded)));
        QCOMPARE(seeded->size(), 3); // two NS and an SPF TXT at the apex
        for (const DnsRecord& r : *seeded)
            QCOMPARE(r.name, zone.name);

        const QString www = QString(u"www." + zone.name);
        const auto created = await(provider.createRecord(zone, aRecord(www, u"A"_qs, u"203.0.113.10"_qs, 3600)));
        QVERIFY2(created.ok(), qPrintable(why(created)));
        QCOMPARE(created->name, www);
        QCOMPARE(created->type, u"A"_qs);
        QCOMPARE(created->values, QStringList{u"203.0.113.10"_qs});
        QCOMPARE(created->ttl, std::optional<int>(3600));
        QVERIFY(!created->id.isEmpty());

        DnsRecord changed = created.value();
        changed.values = {u"198.51.100.20"_qs};
        changed.ttl.reset();
        const auto updated = await(provider.updateRecord(zone, changed));
        QVERIFY2(updated.ok(), qPrintable(why(updated)));
        const auto read = await(provider.record(zone, changed));
        QVERIFY2(read.ok(), qPrintable(why(read)));
        QCOMPARE(read.value(), updated.value());
        QCOMPARE(read->values, QStringList{u"198.51.100.20"_qs});
        QVERIFY(!read->ttl);

        QVERIFY2(await(provider.publish(zone)).ok(), "published");

        const auto deleted = await(provider.deleteRecord(zone, changed));
        QVERIFY2(deleted.ok(), qPrintable(why(deleted)));
        QCOMPARE(deleted->status, DnsStatus::None);
        QCOMPARE(await(provider.record(zone, changed)).error().kind, ApiError::Kind::NotFound);
        QCOMPARE(await(provider.listRecords(zone))->size(), 3);
    }

    void refusesANameOutsideTheZoneBeforeSending()
    {
        OvhDnsProvider provider(m_session.get(), m_cloud->ovhCredentials());
        const DnsZone zone = OvhDnsProvider::toDnsZone(DemoCloud::ovhZoneName());
        const auto outside =
            await(provider.createRecord(zone, aRecord(u"www.example.net."_qs, u"A"_qs, u"203.0.113.10"_qs, {})));
        QVERIFY(!outside);
        QCOMPARE(outside.error().kind, ApiError::Kind::BadRequest);
        QCOMPARE(outside.error().httpStatus, 0);
    }

    void wrongKeysAreUnauthorized_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("application secret") << 1 << u"Invalid signature"_qs;
        QTest::newRow("consumer key") << 2 << u"This credential is not valid"_qs;
        QTest::newRow("application key") << 3 << u"This application key is invalid"_qs;
    }

    void wrongKeysAreUnauthorized()
    {
        QFETCH(int, field);
        QFETCH(QString, message);
        OvhCredentials keys = m_cloud->ovhCredentials();
        (field == 1 ? keys.applicationSecret : field == 2 ? keys.consumerKey : keys.applicationKey) += u"x"_qs;
        OvhDnsProvider provider(m_session.get(), keys);
        const auto zones = await(provider.listZones());
        QVERIFY(!zones);
        QCOMPARE(zones.error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(zones.error().service, u"ovh"_qs);
        QCOMPARE(zones.error().message, message);
    }

    void readOnlyKeysAreForbiddenToWrite()
    {
        OvhDnsProvider provider(m_session.get(), m_cloud->ovhCredentials(DemoCloud::OvhAccess::ReadOnly));
        const DnsZone zone = OvhDnsProvider::toDnsZone(DemoCloud::ovhZoneName());
        QVERIFY(await(provider.listRecords(zone)).ok());
        const auto created =
            await(provider.createRecord(zone, aRecord(QString(u"www." + zone.name), u"A"_qs, u"203.0.113.10"_qs, {})));
        QCOMPARE(created.error().kind, ApiError::Kind::Forbidden);
    }

    void anUnknownZoneIsNotFound()
    {
        OvhDnsProvider provider(m_session.get(), m_cloud->ovhCredentials());
        const DnsZone zone = OvhDnsProvider::toDnsZone(u"not-mine.example"_qs);
        const auto records = await(provider.listRecords(zone));
        QVERIFY(!records);
        QCOMPARE(records.error().kind, ApiError::Kind::NotFound);
        QCOMPARE(records.error().httpStatus, 404);
        QCOMPARE(await(provider.zone(zone)).error().kind, ApiError::Kind::NotFound);
        QCOMPARE(await(provider.publish(zone)).error().kind, ApiError::Kind::NotFound);
    }

private:
    std::unique_ptr<DemoCloud> m_cloud;
    std::unique_ptr<Session> m_session;
};

QTEST_GUILESS_MAIN(TestOvhDnsProvider)
#include "tst_ovhdnsprovider.moc"
