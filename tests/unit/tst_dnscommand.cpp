// Issue 6, DNS: the openstack zone / recordset lines the DNS pane shows.

#include "cli/dnscommand.h"

#include <QTest>

using namespace zenith;

class TestDnsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zones();
    void recordsetCreate_data();
    void recordsetCreate();
    void recordsetSetAndDelete();
    void relativeName_data();
    void relativeName();
};

void TestDnsCommand::zones()
{
    QCOMPARE(DnsCommand::zoneCreate(u"example.org."_qs, u"admin@example.org"_qs, std::nullopt),
             u"openstack zone create --email admin@example.org example.org."_qs);
    QCOMPARE(DnsCommand::zoneCreate(u"lab.example.org."_qs, u"admin@example.org"_qs, 600),
             u"openstack zone create --email admin@example.org --ttl 600 lab.example.org."_qs);
    QCOMPARE(DnsCommand::zoneDelete(u"example.org."_qs), u"openstack zone delete example.org."_qs);
    QCOMPARE(DnsCommand::zoneList(), u"openstack zone list"_qs);
    QCOMPARE(DnsCommand::recordsetList(u"example.org."_qs), u"openstack recordset list example.org."_qs);
}

void TestDnsCommand::recordsetCreate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<int>("ttl");
    QTest::addColumn<QString>("command");
    const QString z = u"openstack recordset create "_qs;
    QTest::newRow("A") << u"www.example.org."_qs << u"A"_qs << QStringList{u"203.0.113.5"_qs} << 0
                       << QString(z + u"--type A --record 203.0.113.5 example.org. www");
    QTest::newRow("two A, TTL") << u"www.example.org."_qs << u"A"_qs
                                << QStringList{u"203.0.113.5"_qs, u"203.0.113.6"_qs} << 300
                                << QString(z + u"--type A --record 203.0.113.5 --record 203.0.113.6 --ttl 300 "
                                               u"example.org. www");
    QTest::newRow("apex MX") << u"example.org."_qs << u"MX"_qs << QStringList{u"10 mail.example.org."_qs} << 0
                             << QString(z + u"--type MX --record \"10 mail.example.org.\" example.org. example.org.");
    QTest::newRow("TXT quoted") << u"example.org."_qs << u"TXT"_qs << QStringList{u"\"v=spf1 -all\""_qs} << 0
                                << QString(z + u"--type TXT --record '\"v=spf1 -all\"' example.org. example.org.");
    QTest::newRow("SRV") << u"_sip._tcp.example.org."_qs << u"SRV"_qs << QStringList{u"10 60 5060 sip.example.org."_qs}
                         << 0
                         << QString(z + u"--type SRV --record \"10 60 5060 sip.example.org.\" example.org. _sip._tcp");
    QTest::newRow("CAA") << u"example.org."_qs << u"CAA"_qs << QStringList{u"0 issue letsencrypt.org"_qs} << 0
                         << QString(z + u"--type CAA --record \"0 issue letsencrypt.org\" example.org. example.org.");
}

void TestDnsCommand::recordsetCreate()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(QStringList, values);
    QFETCH(int, ttl);
    QFETCH(QString, command);
    QCOMPARE(DnsCommand::recordsetCreate(u"example.org."_qs, name, type, values,
                                         ttl > 0 ? std::optional<int>(ttl) : std::nullopt),
             command);
}

void TestDnsCommand::recordsetSetAndDelete()
{
    QCOMPARE(DnsCommand::recordsetSet(u"example.org."_qs, u"www.example.org."_qs, {u"203.0.113.7"_qs}, 120),
             u"openstack recordset set --record 203.0.113.7 --ttl 120 example.org. www.example.org."_qs);
    QCOMPARE(DnsCommand::recordsetSet(u"example.org."_qs, u"www.example.org."_qs, {u"203.0.113.7"_qs}, std::nullopt),
             u"openstack recordset set --record 203.0.113.7 --no-ttl example.org. www.example.org."_qs);
    QCOMPARE(DnsCommand::recordsetDelete(u"example.org."_qs, u"www.example.org."_qs),
             u"openstack recordset delete example.org. www.example.org."_qs);
}

void TestDnsCommand::relativeName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("relative");
    QTest::newRow("inside") << u"www.example.org."_qs << u"www"_qs;
    QTest::newRow("deeper") << u"a.b.example.org."_qs << u"a.b"_qs;
    QTest::newRow("apex") << u"example.org."_qs << u"example.org."_qs;
    QTest::newRow("case") << u"WWW.Example.org."_qs << u"WWW"_qs;
    QTest::newRow("not a label boundary") << u"badexample.org."_qs << u"badexample.org."_qs;
}

void TestDnsCommand::relativeName()
{
    QFETCH(QString, name);
    QFETCH(QString, relative);
    QCOMPARE(DnsCommand::relativeName(name, u"example.org."_qs), relative);
}

QTEST_GUILESS_MAIN(TestDnsCommand)
#include "tst_dnscommand.moc"
