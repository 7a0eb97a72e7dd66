#include "contract.h"

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

#include <QProcess>
#include <QStandardPaths>

using namespace zenith;
using namespace zenith::contract;

namespace {

// Zones and record sets go ACTIVE in about a second on the dev cloud.
WaitOptions quickWait()
{
    WaitOptions o;
    o.firstDelay = std::chrono::milliseconds(200);
    o.maxDelay = std::chrono::milliseconds(1000);
    o.timeout = std::chrono::seconds(60);
    return o;
}

// The dev cloud's Designate publishes through bind9 on 127.0.0.1:53; the demo cloud serves no DNS.
bool haveDig()
{
    return onDevCloud() && !QStandardPaths::findExecutable(QStringLiteral("dig")).isEmpty();
}

// What the DNS server on 127.0.0.1 answers (bind9 behind Designate), sorted.
QStringList dig(const QString& name, const QString& type)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("dig")),
                  {QStringLiteral("@127.0.0.1"), QStringLiteral("+short"), QStringLiteral("+time=2"),
                   QStringLiteral("+tries=1"), name, type});
    process.waitForFinished(10000);
    QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    lines.sort();
    return lines;
}

template <typename Get> Result<typename Get::Response> awaitActive(const Get& get)
{
    using Resp = typename Get::Response;
    return await(waitForStatus<Get>(
        Harness::instance().session(), get, [](const Resp& r) { return r.status; }, {QStringLiteral("ACTIVE")},
        {QStringLiteral("ERROR")}, {}, quickWait()));
}

} // namespace

// Designate v2 through one zone's life: create, list, update, record sets of each type served by
// bind9, then deletion; and the errors the GUI turns into messages.
class ContractDns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zoneGoesActive()
    {
        // Lowercase and short: every label of a DNS name is at most 63 characters.
        m_name = Harness::instance().uniqueName(QStringLiteral("dns")).toLower() + QStringLiteral(".test.");
        CreateZoneRequest create;
        create.name = m_name;
        create.email = QStringLiteral("hostmaster@") + m_name.chopped(1);
        create.ttl = 600;
        create.description = QStringLiteral("Zenith contract zone");
        auto created = call(create);
        CONTRACT_OK(created);
        const QString id = created->id;
        m_zone = id;
        Harness::instance().defer([id] {
            (void)call(DeleteZoneRequest{id});
            (void)await(waitForDeletion(Harness::instance().session(), GetZoneRequest{id}, quickWait()));
        });
        QCOMPARE(created->name, m_name);
        QCOMPARE(created->status, QStringLiteral("PENDING"));
        QCOMPARE(created->action, QStringLiteral("CREATE"));
        QCOMPARE(created->type, QStringLiteral("PRIMARY"));
        QCOMPARE(created->ttl, 600);
        QCOMPARE(created->email, *create.email);

        auto active = awaitActive(GetZoneRequest{id});
        CONTRACT_OK(active);
        QCOMPARE(active->action, QStringLiteral("NONE"));
        QCOMPARE(active->description, *create.description);
        m_serial = active->serial;
        if (haveDig()) {
            const QStringList soa = dig(m_name, QStringLiteral("SOA"));
            QVERIFY2(soa.size() == 1 && soa.first().contains(QString::number(m_serial)), qPrintable(soa.join(u'|')));
        }
    }

    void zoneIsListedAndFiltered()
    {
        QVERIFY(!m_zone.isEmpty());
        ListZonesRequest byName;
        byName.name = m_name;
        auto named = call(byName);
        CONTRACT_OK(named);
        QCOMPARE(named->items.size(), 1);
        QCOMPARE(named->items.first().id, m_zone);
        byName.status = QStringLiteral("ERROR");
        auto none = call(byName);
        CONTRACT_OK(none);
        QVERIFY(none->items.isEmpty());

        ListZonesRequest onePerPage;
        onePerPage.limit = 1;
        auto paged = callAll(onePerPage);
        CONTRACT_OK(paged);
        QStringList ids;
        for (const Zone& z : paged.value())
            ids.append(z.id);
        QVERIFY(ids.contains(m_zone));
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    }

    void zoneUpdateRaisesTheSerial()
    {
        QVERIFY(!m_zone.isEmpty());
        auto updated = call(UpdateZoneRequest{m_zone, {}, 300, {}});
        CONTRACT_OK(updated);
        QCOMPARE(updated->status, QStringLiteral("PENDING"));
        QCOMPARE(updated->action, QStringLiteral("UPDATE"));
        QCOMPARE(updated->ttl, 300);
        QVERIFY(updated->serial > m_serial);
        auto active = awaitActive(GetZoneRequest{m_zone});
        CONTRACT_OK(active);
        QCOMPARE(active->ttl, 300);
        QCOMPARE(active->email, QStringLiteral("hostmaster@") + m_name.chopped(1)); // PATCH keeps the rest
        m_serial = active->serial;
    }

    void recordSetsOfEachTypeAreServed()
    {
        QVERIFY(!m_zone.isEmpty());
        const QString www = QStringLiteral("www.") + m_name;
        const QList<QStringList> sets{
            {www, QStringLiteral("A"), QStringLiteral("192.0.2.10")},
            {www, QStringLiteral("AAAA"), QStringLiteral("2001:db8::10")},
            {QStringLiteral("alias.") + m_name, QStringLiteral("CNAME"), www},
            {m_name, QStringLiteral("MX"), QStringLiteral("10 mail.") + m_name},
            {QStringLiteral("txt.") + m_name, QStringLiteral("TXT"), QStringLiteral("\"v=spf1 -all\"")},
            {m_name, QStringLiteral("CAA"), QStringLiteral("0 issue letsencrypt.org")}, // unquoted for Designate
            {QStringLiteral("_sip._tcp.") + m_name, QStringLiteral("SRV"), QStringLiteral("10 60 5060 sip.") + m_name},
        };
        for (const QStringList& set : sets) {
            auto created = call(CreateRecordSetRequest{m_zone, set.at(0), set.at(1), {set.at(2)}, {}, {}});
            CONTRACT_OK(created);
            const QString zone = m_zone, id = created->id;
            Harness::instance().defer([zone, id] { (void)call(DeleteRecordSetRequest{zone, id}); });
            m_sets.insert(set.at(1), id);
            QCOMPARE(created->status, QStringLiteral("PENDING"));
            QCOMPARE(created->action, QStringLiteral("CREATE"));
            QCOMPARE(created->records, QStringList{set.at(2)});
            QCOMPARE(created->ttl, std::nullopt);
        }
        for (const QString& id : m_sets) {
            auto active = awaitActive(GetRecordSetRequest{m_zone, id});
            CONTRACT_OK(active);
            QCOMPARE(active->action, QStringLiteral("NONE"));
        }
        if (!haveDig())
            QSKIP("dig is not installed: bind9's answers are not checked");
        QCOMPARE(dig(www, QStringLiteral("A")), QStringList{QStringLiteral("192.0.2.10")});
        QCOMPARE(dig(www, QStringLiteral("AAAA")), QStringList{QStringLiteral("2001:db8::10")});
        QCOMPARE(dig(m_name, QStringLiteral("MX")), QStringList{QStringLiteral("10 mail.") + m_name});
        QCOMPARE(dig(m_name, QStringLiteral("CAA")), QStringList{QStringLiteral("0 issue \"letsencrypt.org\"")});
        QCOMPARE(dig(QStringLiteral("_sip._tcp.") + m_name, QStringLiteral("SRV")),
                 QStringList{QStringLiteral("10 60 5060 sip.") + m_name});
    }

    void recordSetsAreListedByTypeNameAndData()
    {
        QVERIFY(m_sets.size() == 7);
        auto a = call(ListRecordSetsRequest{m_zone, {}, {}, {}, QStringLiteral("A"), {}});
        CONTRACT_OK(a);
        QCOMPARE(a->items.size(), 1);
        QCOMPARE(a->items.first().id, m_sets.value(QStringLiteral("A")));
        auto byName = call(ListRecordSetsRequest{m_zone, {}, {}, QStringLiteral("www.") + m_name, {}, {}});
        CONTRACT_OK(byName);
        QCOMPARE(byName->items.size(), 2); // A and AAAA
        auto byData = call(ListRecordSetsRequest{m_zone, {}, {}, {}, {}, QStringLiteral("2001:db8::10")});
        CONTRACT_OK(byData);
        QCOMPARE(byData->items.size(), 1);
        QCOMPARE(byData->items.first().type, QStringLiteral("AAAA"));

        auto whole = call(ListRecordSetsRequest{m_zone, {}, {}, {}, {}, {}});
        CONTRACT_OK(whole);
        auto paged = callAll(ListRecordSetsRequest{m_zone, 2, {}, {}, {}, {}});
        CONTRACT_OK(paged);
        QStringList types;
        for (const RecordSet& s : paged.value())
            types.append(s.type);
        QCOMPARE(types.size(), whole->items.size());
        QCOMPARE(types.size(), 9); // ours, plus the SOA and NS Designate made
        QVERIFY(types.contains(QStringLiteral("SOA")) && types.contains(QStringLiteral("NS")));
    }

    void recordSetUpdateReplacesRecords()
    {
        QVERIFY(m_sets.contains(QStringLiteral("A")));
        const QStringList pool{QStringLiteral("192.0.2.11"), QStringLiteral("192.0.2.12")};
        auto updated = call(UpdateRecordSetRequest{m_zone, m_sets.value(QStringLiteral("A")), pool, 120, {}});
        CONTRACT_OK(updated);
        QCOMPARE(updated->action, QStringLiteral("UPDATE"));
        QCOMPARE(updated->ttl, std::optional<int>(120));
        auto active = awaitActive(GetRecordSetRequest{m_zone, m_sets.value(QStringLiteral("A"))});
        CONTRACT_OK(active);
        QStringList records = active->records;
        records.sort();
        QCOMPARE(records, pool);
        if (haveDig())
            QCOMPARE(dig(QStringLiteral("www.") + m_name, QStringLiteral("A")), pool);

        // A cleared TTL goes back to the zone's.
        auto cleared =
            call(UpdateRecordSetRequest{m_zone, m_sets.value(QStringLiteral("A")), {}, clearValue<int>(), {}});
        CONTRACT_OK(cleared);
        QCOMPARE(cleared->ttl, std::nullopt);
        QCOMPARE(cleared->records.size(), 2);
    }

    void recordSetErrors()
    {
        QVERIFY(!m_zone.isEmpty());
        const auto refused = [this](const QString& name, const QString& type, const QString& record) {
            auto reply = call(CreateRecordSetRequest{m_zone, name + m_name, type, {record}, {}, {}});
            if (reply) {
                const QString zone = m_zone, id = reply->id;
                Harness::instance().defer([zone, id] { (void)call(DeleteRecordSetRequest{zone, id}); });
            }
            return reply;
        };
        auto badA = refused(QStringLiteral("bad."), QStringLiteral("A"), QStringLiteral("999.0.2.1"));
        CONTRACT_FAILS(badA, ApiError::Kind::BadRequest, 400);
        QCOMPARE(badA.error().code, QStringLiteral("invalid_object"));
        auto quotedCaa =
            refused(QStringLiteral("caa."), QStringLiteral("CAA"), QStringLiteral("0 issue \"letsencrypt.org\""));
        CONTRACT_FAILS(quotedCaa, ApiError::Kind::BadRequest, 400);
        QCOMPARE(quotedCaa.error().code, QStringLiteral("invalid_object"));
        auto cname = refused(QStringLiteral("www."), QStringLiteral("CNAME"), QStringLiteral("elsewhere.test."));
        CONTRACT_FAILS(cname, ApiError::Kind::BadRequest, 400);
        QCOMPARE(cname.error().code, QStringLiteral("invalid_recordset_location"));
        QCOMPARE(cname.error().message, QStringLiteral("CNAME recordsets may not share a name with any other records"));
        auto duplicate = refused(QStringLiteral("www."), QStringLiteral("A"), QStringLiteral("192.0.2.99"));
        CONTRACT_FAILS(duplicate, ApiError::Kind::Conflict, 409);
        QCOMPARE(duplicate.error().code, QStringLiteral("duplicate_recordset"));
        auto unknown = call(GetRecordSetRequest{m_zone, QStringLiteral("00000000-0000-0000-0000-000000000000")});
        CONTRACT_FAILS(unknown, ApiError::Kind::NotFound, 404);
        QCOMPARE(unknown.error().code, QStringLiteral("recordset_not_found"));
        QCOMPARE(unknown.error().message, QStringLiteral("Could not find RecordSet"));
    }

    void recordSetDeletionReachesTheServer()
    {
        QVERIFY(m_sets.contains(QStringLiteral("A")));
        const QString id = m_sets.value(QStringLiteral("A"));
        auto deleted = call(DeleteRecordSetRequest{m_zone, id});
        CONTRACT_OK(deleted);
        QCOMPARE(deleted->status, QStringLiteral("PENDING"));
        QCOMPARE(deleted->action, QStringLiteral("DELETE"));
        auto gone = await(waitForDeletion(Harness::instance().session(), GetRecordSetRequest{m_zone, id}, quickWait()));
        CONTRACT_OK(gone);
        auto missing = call(GetRecordSetRequest{m_zone, id});
        CONTRACT_FAILS(missing, ApiError::Kind::NotFound, 404);
        if (haveDig())
            QTRY_VERIFY_WITH_TIMEOUT(dig(QStringLiteral("www.") + m_name, QStringLiteral("A")).isEmpty(), 10000);
    }

    void zoneErrors()
    {
        QVERIFY(!m_zone.isEmpty());
        const auto attempt = [](const QString& name, const QString& email) {
            auto reply = call(CreateZoneRequest{name, email, {}, {}, {}, {}});
            if (reply)
                Harness::instance().defer([id = reply->id] { (void)call(DeleteZoneRequest{id}); });
            return reply;
        };
        auto duplicate = attempt(m_name, QStringLiteral("hostmaster@example.org"));
        CONTRACT_FAILS(duplicate, ApiError::Kind::Conflict, 409);
        QCOMPARE(duplicate.error().code, QStringLiteral("duplicate_zone"));
        QCOMPARE(duplicate.error().message, QStringLiteral("Duplicate Zone"));
        const QString other = Harness::instance().uniqueName(QStringLiteral("dns")).toLower() + QStringLiteral(".test");
        auto noDot = attempt(other, QStringLiteral("hostmaster@example.org"));
        CONTRACT_FAILS(noDot, ApiError::Kind::BadRequest, 400);
        QCOMPARE(noDot.error().code, QStringLiteral("invalid_object"));
        QCOMPARE(noDot.error().message, QStringLiteral("Provided object is not valid. Got a ValueError error with "
                                                       "message Domain %1 does not end with a dot")
                                            .arg(other));
        auto badEmail = attempt(other + u'.', QStringLiteral("not an email"));
        CONTRACT_FAILS(badEmail, ApiError::Kind::BadRequest, 400);
        QCOMPARE(badEmail.error().code, QStringLiteral("invalid_object"));
        QCOMPARE(badEmail.error().message, QStringLiteral("Provided object is not valid. Got a ValueError error with "
                                                          "message not an email is not an email"));
    }

    void zoneDeletionTakesItsRecords()
    {
        QVERIFY(!m_zone.isEmpty());
        auto deleted = call(DeleteZoneRequest{m_zone});
        CONTRACT_OK(deleted);
        QCOMPARE(deleted->status, QStringLiteral("PENDING"));
        QCOMPARE(deleted->action, QStringLiteral("DELETE"));
        auto gone = await(waitForDeletion(Harness::instance().session(), GetZoneRequest{m_zone}, quickWait()));
        CONTRACT_OK(gone);
        auto missing = call(GetZoneRequest{m_zone});
        CONTRACT_FAILS(missing, ApiError::Kind::NotFound, 404);
        QCOMPARE(missing.error().code, QStringLiteral("zone_not_found"));
        QCOMPARE(missing.error().message, QStringLiteral("Could not find Zone"));
        auto records = call(ListRecordSetsRequest{m_zone, {}, {}, {}, {}, {}});
        CONTRACT_FAILS(records, ApiError::Kind::NotFound, 404);
        ListZonesRequest byName;
        byName.name = m_name;
        auto listed = call(byName);
        CONTRACT_OK(listed);
        QVERIFY(listed->items.isEmpty());
        if (haveDig())
            QTRY_VERIFY_WITH_TIMEOUT(dig(m_name, QStringLiteral("SOA")).isEmpty(), 10000);
    }

private:
    QString m_name; //!< "zenith-contract-<pid>-<n>-dns.test."
    QString m_zone;
    qint64 m_serial = 0;
    QHash<QString, QString> m_sets; //!< type -> record set id
};

ZENITH_CONTRACT_TEST(ContractDns)
#include "contract_dns.moc"
