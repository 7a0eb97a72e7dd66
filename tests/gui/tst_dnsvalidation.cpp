// Issue 6, DNS: the record editor's checks per type (good and bad values), names inside the zone,
// TTLs, CNAME rules and the new zone form. Pure functions: no cloud.

#include "dns/dnsvalidation.h"

#include <QTest>

using namespace zenith;

namespace {

const QString zone = QStringLiteral("example.org.");

DnsRecord existing(const QString& id, const QString& type, const QString& name)
{
    DnsRecord r;
    r.id = id;
    r.type = type;
    r.name = name;
    r.values = {QStringLiteral("x")};
    return r;
}

} // namespace

class TestDnsValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodValues_data();
    void goodValues();
    void badValues_data();
    void badValues();
    void names_data();
    void names();
    void txtSplitsLongText();
    void cnameRules();
    void srvName();
    void multipleLines();
    void ttl();
    void zones();
};

void TestDnsValidation::goodValues_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("A") << u"A"_qs << u"203.0.113.5"_qs << u"203.0.113.5"_qs;
    QTest::newRow("A zero") << u"A"_qs << u"0.0.0.0"_qs << u"0.0.0.0"_qs;
    QTest::newRow("A blanks") << u"A"_qs << u"  192.0.2.1 "_qs << u"192.0.2.1"_qs;
    QTest::newRow("AAAA") << u"AAAA"_qs << u"2001:DB8::5"_qs << u"2001:db8::5"_qs;
    QTest::newRow("AAAA full") << u"AAAA"_qs << u"2001:0db8:0:0:0:0:0:1"_qs << u"2001:0db8:0:0:0:0:0:1"_qs;
    QTest::newRow("CNAME absolute") << u"CNAME"_qs << u"lb.example.net."_qs << u"lb.example.net."_qs;
    QTest::newRow("CNAME no final dot") << u"CNAME"_qs << u"lb.example.net"_qs << u"lb.example.net."_qs;
    QTest::newRow("CNAME relative") << u"CNAME"_qs << u"www"_qs << u"www.example.org."_qs;
    QTest::newRow("MX") << u"MX"_qs << u"10 mail.example.org."_qs << u"10 mail.example.org."_qs;
    QTest::newRow("MX relative") << u"MX"_qs << u"20   mail"_qs << u"20 mail.example.org."_qs;
    QTest::newRow("TXT plain") << u"TXT"_qs << u"v=spf1 mx -all"_qs << u"\"v=spf1 mx -all\""_qs;
    QTest::newRow("TXT quoted") << u"TXT"_qs << u"\"v=spf1 -all\""_qs << u"\"v=spf1 -all\""_qs;
    QTest::newRow("TXT two strings") << u"TXT"_qs << u"\"a b\" \"c\""_qs << u"\"a b\" \"c\""_qs;
    QTest::newRow("TXT inner quote") << u"TXT"_qs << u"say \"hi\""_qs << u"\"say \\\"hi\\\"\""_qs;
    QTest::newRow("CAA issue") << u"CAA"_qs << u"0 issue letsencrypt.org"_qs << u"0 issue letsencrypt.org"_qs;
    QTest::newRow("CAA quoted value") << u"CAA"_qs << u"0 issue \"letsencrypt.org\""_qs
                                      << u"0 issue letsencrypt.org"_qs;
    QTest::newRow("CAA issuewild none") << u"CAA"_qs << u"128 issuewild ;"_qs << u"128 issuewild ;"_qs;
    QTest::newRow("CAA iodef") << u"CAA"_qs << u"0 iodef mailto:security@example.org"_qs
                               << u"0 iodef mailto:security@example.org"_qs;
    QTest::newRow("NS") << u"NS"_qs << u"ns1.example.net."_qs << u"ns1.example.net."_qs;
    QTest::newRow("SRV") << u"SRV"_qs << u"10 60 5060 sip.example.org."_qs << u"10 60 5060 sip.example.org."_qs;
    QTest::newRow("SRV none") << u"SRV"_qs << u"0 0 0 ."_qs << u"0 0 0 ."_qs;
}

void TestDnsValidation::goodValues()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, canonical);
    QString error;
    QCOMPARE(DnsValidation::checkValue(type, value, zone, &error), canonical);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDnsValidation::badValues_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("says"); // a part of the message
    QTest::newRow("A out of range") << u"A"_qs << u"999.0.2.1"_qs << u"not an IPv4 address"_qs;
    QTest::newRow("A three parts") << u"A"_qs << u"10.0.1"_qs << u"not an IPv4 address"_qs;
    QTest::newRow("A leading zero") << u"A"_qs << u"10.0.01.1"_qs << u"not an IPv4 address"_qs;
    QTest::newRow("A host name") << u"A"_qs << u"www.example.org"_qs << u"not an IPv4 address"_qs;
    QTest::newRow("A given IPv6") << u"A"_qs << u"2001:db8::1"_qs << u"AAAA record"_qs;
    QTest::newRow("AAAA given IPv4") << u"AAAA"_qs << u"192.0.2.1"_qs << u"A record"_qs;
    QTest::newRow("AAAA bad") << u"AAAA"_qs << u"2001:db8::g"_qs << u"not an IPv6 address"_qs;
    QTest::newRow("AAAA scope") << u"AAAA"_qs << u"fe80::1%eth0"_qs << u"not an IPv6 address"_qs;
    QTest::newRow("CNAME address") << u"CNAME"_qs << u"192.0.2.1"_qs << u"is an address"_qs;
    QTest::newRow("CNAME bad chars") << u"CNAME"_qs << u"bad_host.example.org."_qs << u"not a valid host name"_qs;
    QTest::newRow("MX no priority") << u"MX"_qs << u"mail.example.org."_qs << u"priority"_qs;
    QTest::newRow("MX priority too big") << u"MX"_qs << u"70000 mail.example.org."_qs << u"priority"_qs;
    QTest::newRow("MX address") << u"MX"_qs << u"10 192.0.2.25"_qs << u"is an address"_qs;
    QTest::newRow("TXT unbalanced") << u"TXT"_qs << u"\"v=spf1 -all"_qs << u"do not pair up"_qs;
    QTest::newRow("TXT empty quotes ok? no: text after") << u"TXT"_qs << u"\"a\" b"_qs << u"do not pair up"_qs;
    QTest::newRow("CAA bad tag") << u"CAA"_qs << u"0 issues letsencrypt.org"_qs << u"not a CAA tag"_qs;
    QTest::newRow("CAA no flags") << u"CAA"_qs << u"issue letsencrypt.org"_qs << u"flags"_qs;
    QTest::newRow("CAA flags too big") << u"CAA"_qs << u"256 issue letsencrypt.org"_qs << u"flags"_qs;
    QTest::newRow("CAA iodef not url") << u"CAA"_qs << u"0 iodef security@example.org"_qs << u"mailto:"_qs;
    QTest::newRow("CAA issue bad domain") << u"CAA"_qs << u"0 issue not a domain!"_qs << u"certificate authority"_qs;
    QTest::newRow("NS address") << u"NS"_qs << u"192.0.2.53"_qs << u"is an address"_qs;
    QTest::newRow("NS bad label") << u"NS"_qs << u"-ns1.example.org."_qs << u"not a valid host name"_qs;
    QTest::newRow("SRV three numbers missing") << u"SRV"_qs << u"10 sip.example.org."_qs << u"priority, a weight"_qs;
    QTest::newRow("SRV port too big") << u"SRV"_qs << u"10 60 70000 sip.example.org."_qs << u"priority, a weight"_qs;
    QTest::newRow("SRV negative") << u"SRV"_qs << u"-1 60 5060 sip.example.org."_qs << u"priority, a weight"_qs;
}

void TestDnsValidation::badValues()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, says);
    QString error;
    QCOMPARE(DnsValidation::checkValue(type, value, zone, &error), QString());
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestDnsValidation::names_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("full"); // empty: refused
    QTest::newRow("relative") << u"www"_qs << u"www.example.org."_qs;
    QTest::newRow("deeper") << u"a.b"_qs << u"a.b.example.org."_qs;
    QTest::newRow("apex empty") << QString() << u"example.org."_qs;
    QTest::newRow("apex @") << u"@"_qs << u"example.org."_qs;
    QTest::newRow("absolute") << u"www.example.org."_qs << u"www.example.org."_qs;
    QTest::newRow("absolute, no dot") << u"www.example.org"_qs << u"www.example.org."_qs;
    QTest::newRow("zone itself") << u"example.org."_qs << u"example.org."_qs;
    QTest::newRow("wildcard") << u"*"_qs << u"*.example.org."_qs;
    QTest::newRow("underscore") << u"_dmarc"_qs << u"_dmarc.example.org."_qs;
    QTest::newRow("outside") << u"www.example.net."_qs << QString();
    QTest::newRow("suffix not a label") << u"badexample.org."_qs << QString();
    QTest::newRow("space") << u"my host"_qs << QString();
    QTest::newRow("bad char") << u"w!w"_qs << QString();
    QTest::newRow("label too long") << QString(64, u'a') << QString();
    QTest::newRow("hyphen first") << u"-www"_qs << QString();
}

void TestDnsValidation::names()
{
    QFETCH(QString, typed);
    QFETCH(QString, full);
    QString error;
    QCOMPARE(DnsValidation::absoluteName(typed, zone, &error), full);
    QCOMPARE(error.isEmpty(), !full.isEmpty());
}

void TestDnsValidation::txtSplitsLongText()
{
    const QString key = QString(600, u'k');
    QString error;
    const QString data = DnsValidation::txtData(key, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(data,
             QString(u'"' + QString(255, u'k') + u"\" \"" + QString(255, u'k') + u"\" \"" + QString(90, u'k') + u'"'));
    // Exactly 255 stays one string.
    QCOMPARE(DnsValidation::txtData(QString(255, u'x'), &error), QString(u'"' + QString(255, u'x') + u'"'));
}

void TestDnsValidation::cnameRules()
{
    const QList<DnsRecord> records{existing(u"1"_qs, u"A"_qs, u"www.example.org."_qs),
                                   existing(u"2"_qs, u"CNAME"_qs, u"shop.example.org."_qs)};
    auto check = DnsValidation::checkRecord({u"CNAME"_qs, u"@"_qs, u"lb.example.net."_qs, {}}, zone, records);
    QVERIFY(check.error.contains(u"zone's own name"));
    QCOMPARE(check.field, DnsValidation::RecordCheck::Field::Name);
    check = DnsValidation::checkRecord({u"CNAME"_qs, u"www"_qs, u"lb.example.net."_qs, {}}, zone, records);
    QVERIFY2(check.error.contains(u"cannot share its name"), qPrintable(check.error));
    check = DnsValidation::checkRecord({u"TXT"_qs, u"shop"_qs, u"hello"_qs, {}}, zone, records);
    QVERIFY2(check.error.contains(u"is a CNAME"), qPrintable(check.error));
    check =
        DnsValidation::checkRecord({u"CNAME"_qs, u"blog"_qs, u"a.example.net.\nb.example.net."_qs, {}}, zone, records);
    QVERIFY2(check.error.contains(u"one host name only"), qPrintable(check.error));
    check = DnsValidation::checkRecord({u"A"_qs, u"www"_qs, u"192.0.2.1"_qs, {}}, zone, records);
    QVERIFY2(check.error.contains(u"edit them"), qPrintable(check.error));
    // Editing the CNAME itself is fine.
    check = DnsValidation::checkRecord({u"CNAME"_qs, u"shop"_qs, u"lb2.example.net."_qs, {}}, zone, records, u"2"_qs);
    QVERIFY2(check.ok(), qPrintable(check.error));
    QCOMPARE(check.value.values, QStringList{u"lb2.example.net."_qs});
    QCOMPARE(check.value.id, u"2"_qs);
}

void TestDnsValidation::srvName()
{
    auto check = DnsValidation::checkRecord({u"SRV"_qs, u"sip"_qs, u"10 60 5060 sip.example.org."_qs, {}}, zone, {});
    QVERIFY2(check.error.contains(u"_service._protocol"), qPrintable(check.error));
    check = DnsValidation::checkRecord({u"SRV"_qs, u"_sip._tcp"_qs, u"10 60 5060 sip"_qs, {}}, zone, {});
    QVERIFY2(check.ok(), qPrintable(check.error));
    QCOMPARE(check.value.name, u"_sip._tcp.example.org."_qs);
    QCOMPARE(check.value.values, QStringList{u"10 60 5060 sip.example.org."_qs});
}

void TestDnsValidation::multipleLines()
{
    auto check = DnsValidation::checkRecord({u"A"_qs, u"www"_qs, u"192.0.2.1\n\n192.0.2.2\n192.0.2.1\n"_qs, u"300"_qs},
                                            zone, {});
    QVERIFY2(check.ok(), qPrintable(check.error));
    QCOMPARE(check.value.values, (QStringList{u"192.0.2.1"_qs, u"192.0.2.2"_qs}));
    QCOMPARE(check.value.ttl, std::optional<int>(300));
    QCOMPARE(check.value.type, u"A"_qs);
    check = DnsValidation::checkRecord({u"A"_qs, u"www"_qs, u"192.0.2.1\n192.0.2.300"_qs, {}}, zone, {});
    QVERIFY2(check.error.startsWith(u"Line 2: "), qPrintable(check.error));
    QCOMPARE(check.field, DnsValidation::RecordCheck::Field::Values);
    check = DnsValidation::checkRecord({u"A"_qs, u"www"_qs, u"\n  \n"_qs, {}}, zone, {});
    QVERIFY(check.error.contains(u"at least one value"));
}

void TestDnsValidation::ttl()
{
    QString error;
    QCOMPARE(DnsValidation::ttl(QString(), &error), std::nullopt);
    QCOMPARE(DnsValidation::ttl(u" 3600 "_qs, &error), std::optional<int>(3600));
    QVERIFY(error.isEmpty());
    for (const QString& bad : {u"0"_qs, u"-5"_qs, u"1h"_qs, u"3000000000"_qs}) {
        error.clear();
        QCOMPARE(DnsValidation::ttl(bad, &error), std::nullopt);
        QVERIFY2(error.contains(u"whole number of seconds"), qPrintable(bad));
    }
    auto check = DnsValidation::checkRecord({u"A"_qs, u"www"_qs, u"192.0.2.1"_qs, u"soon"_qs}, zone, {});
    QCOMPARE(check.field, DnsValidation::RecordCheck::Field::Ttl);
}

void TestDnsValidation::zones()
{
    auto check = DnsValidation::checkZone(u"example.org"_qs, u"admin@example.org"_qs, QString());
    QVERIFY2(check.ok(), qPrintable(check.error));
    QCOMPARE(check.value.name, u"example.org."_qs);
    QCOMPARE(check.value.ttl, std::nullopt);
    check = DnsValidation::checkZone(u"lab.example.org."_qs, u"admin@example.org"_qs, u"600"_qs);
    QCOMPARE(check.value.name, u"lab.example.org."_qs);
    QCOMPARE(check.value.ttl, std::optional<int>(600));
    check = DnsValidation::checkZone(QString(), u"admin@example.org"_qs, QString());
    QCOMPARE(check.field, DnsValidation::ZoneCheck::Field::Name);
    check = DnsValidation::checkZone(u"org"_qs, u"admin@example.org"_qs, QString());
    QVERIFY(check.error.contains(u"top-level"));
    check = DnsValidation::checkZone(u"exa mple.org"_qs, u"admin@example.org"_qs, QString());
    QCOMPARE(check.field, DnsValidation::ZoneCheck::Field::Name);
    check = DnsValidation::checkZone(u"example.org"_qs, u"not an email"_qs, QString());
    QCOMPARE(check.field, DnsValidation::ZoneCheck::Field::Email);
    QVERIFY(check.error.contains(u"not an email address"));
    check = DnsValidation::checkZone(u"example.org"_qs, QString(), QString());
    QVERIFY(check.error.contains(u"hostmaster@example.org"));
    check = DnsValidation::checkZone(u"example.org"_qs, u"admin@example.org"_qs, u"-1"_qs);
    QCOMPARE(check.field, DnsValidation::ZoneCheck::Field::Ttl);
}

QTEST_GUILESS_MAIN(TestDnsValidation)
#include "tst_dnsvalidation.moc"
