// Issue 6, OVHcloud DNS: the API call lines the DNS pane shows for an OVHcloud zone.

#include "cli/ovhcallcommand.h"

#include <QTest>

using namespace zenith;

class TestOvhCallCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createRecord_data();
    void createRecord();
    void updateDeleteRefresh();
    void listings();
    void zonePathEncodesOneSegment();
    void noSecretInAnyLine();
};

void TestOvhCallCommand::createRecord_data()
{
    QTest::addColumn<QString>("fieldType");
    QTest::addColumn<QString>("subDomain");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("ttl"); // -1: none
    QTest::addColumn<QString>("line");
    const QString post = u"POST /domain/zone/zenith-lab.example/record "_qs;
    QTest::newRow("A with TTL") << u"A"_qs << u"www"_qs << u"203.0.113.10"_qs << 3600
                                << QString(post + u"{\"fieldType\":\"A\",\"subDomain\":\"www\",\"target\":"
                                                  u"\"203.0.113.10\",\"ttl\":3600}");
    QTest::newRow("apex MX, zone's TTL")
        << u"MX"_qs << QString() << u"10 mail.zenith-lab.example."_qs << -1
        << QString(post + u"{\"fieldType\":\"MX\",\"subDomain\":\"\",\"target\":\"10 mail.zenith-lab.example.\"}");
    QTest::newRow("TXT keeps its quotes, escaped in JSON")
        << u"TXT"_qs << QString() << u"\"v=spf1 -all\""_qs << 600
        << QString(post + u"{\"fieldType\":\"TXT\",\"subDomain\":\"\",\"target\":\"\\\"v=spf1 -all\\\"\",\"ttl\":600}");
}

void TestOvhCallCommand::createRecord()
{
    QFETCH(QString, fieldType);
    QFETCH(QString, subDomain);
    QFETCH(QString, target);
    QFETCH(int, ttl);
    QFETCH(QString, line);
    const OvhNewRecord record{fieldType, subDomain, target, ttl < 0 ? std::nullopt : std::optional<int>(ttl)};
    QCOMPARE(OvhCallCommand::createRecord(u"zenith-lab.example"_qs, record), line);
    // A zone as the pane names it, with its final dot, gives the same line.
    QCOMPARE(OvhCallCommand::createRecord(u"zenith-lab.example."_qs, record), line);
}

void TestOvhCallCommand::updateDeleteRefresh()
{
    OvhRecordUpdate update;
    update.target = u"198.51.100.20"_qs;
    update.ttl = 0;
    QCOMPARE(OvhCallCommand::updateRecord(u"zenith-lab.example"_qs, Q_INT64_C(5100000004), update),
             u"PUT /domain/zone/zenith-lab.example/record/5100000004 {\"target\":\"198.51.100.20\",\"ttl\":0}"_qs);
    QCOMPARE(OvhCallCommand::deleteRecord(u"zenith-lab.example."_qs, Q_INT64_C(5100000004)),
             u"DELETE /domain/zone/zenith-lab.example/record/5100000004"_qs);
    QCOMPARE(OvhCallCommand::refreshZone(u"zenith-lab.example."_qs),
             u"POST /domain/zone/zenith-lab.example/refresh"_qs);
}

void TestOvhCallCommand::listings()
{
    QCOMPARE(OvhCallCommand::listZones(), u"GET /domain/zone"_qs);
    QCOMPARE(OvhCallCommand::listRecords(u"example.org"_qs), u"GET /domain/zone/example.org/record"_qs);
    QCOMPARE(OvhCallCommand::call(u"GET"_qs, u"/auth/time"_qs), u"GET /auth/time"_qs);
}

void TestOvhCallCommand::zonePathEncodesOneSegment()
{
    QCOMPARE(OvhCallCommand::zonePath(u"xn--caf-dma.example."_qs), u"/domain/zone/xn--caf-dma.example"_qs);
    QCOMPARE(OvhCallCommand::zonePath(u"a b/c"_qs), u"/domain/zone/a%20b%2Fc"_qs);
}

void TestOvhCallCommand::noSecretInAnyLine()
{
    const QString line = OvhCallCommand::createRecord(u"example.org"_qs, {u"A"_qs, u"www"_qs, u"203.0.113.10"_qs, {}});
    for (const char* word : {"X-Ovh", "Signature", "Consumer", "Timestamp", "$1$"})
        QVERIFY2(!line.contains(QLatin1String(word), Qt::CaseInsensitive), word);
}

QTEST_GUILESS_MAIN(TestOvhCallCommand)
#include "tst_ovhcallcommand.moc"
