// Issue 6, security groups: a rule's meaning in one sentence (every kind of rule) and the rule
// editor's pure validation (good input gives the rules to send, each mistake its own message).

#include "network/securityruleinput.h"
#include "network/securityrulesentence.h"

#include <QTest>

using namespace zenith;

namespace {

SecurityGroupRule makeRule(const QString& direction, const QString& ethertype, const QString& protocol,
                           std::optional<int> min, std::optional<int> max, const QString& cidr,
                           const QString& remoteGroup = {})
{
    SecurityGroupRule r;
    r.id = u"r1"_qs;
    r.direction = direction;
    r.ethertype = ethertype;
    if (!protocol.isEmpty())
        r.protocol = protocol;
    r.portRangeMin = min;
    r.portRangeMax = max;
    if (!cidr.isEmpty())
        r.remoteIpPrefix = cidr;
    if (!remoteGroup.isEmpty())
        r.remoteGroupId = remoteGroup;
    return r;
}

using Field = SecurityRuleInput::Field;

} // namespace

Q_DECLARE_METATYPE(zenith::SecurityGroupRule)

class TestSecurityRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentence_data();
    void sentence();
    void cells();
    void goodInput_data();
    void goodInput();
    void badInput_data();
    void badInput();
    void presets();
    void cidrs();
};

void TestSecurityRules::sentence_data()
{
    QTest::addColumn<SecurityGroupRule>("rule");
    QTest::addColumn<QString>("groupName");
    QTest::addColumn<QString>("sentence");
    const QString in = u"ingress"_qs;
    const QString out = u"egress"_qs;
    const QString v4 = u"IPv4"_qs;
    const QString v6 = u"IPv6"_qs;
    QTest::newRow("https anywhere") << makeRule(in, v4, u"tcp"_qs, 443, 443, u"0.0.0.0/0"_qs) << QString()
                                    << u"Allow TCP 443 from anywhere"_qs;
    QTest::newRow("no prefix is anywhere")
        << makeRule(in, v4, u"tcp"_qs, 22, 22, QString()) << QString() << u"Allow TCP 22 from anywhere"_qs;
    QTest::newRow("ipv6 anywhere") << makeRule(in, v6, u"tcp"_qs, 80, 80, u"::/0"_qs) << QString()
                                   << u"Allow TCP 80 from anywhere"_qs;
    QTest::newRow("icmp from cidr") << makeRule(in, v4, u"icmp"_qs, {}, {}, u"10.12.0.0/16"_qs) << QString()
                                    << u"Allow incoming ICMP from 10.12.0.0/16"_qs;
    QTest::newRow("icmp echo request") << makeRule(in, v4, u"icmp"_qs, 8, {}, QString()) << QString()
                                       << u"Allow ICMP type 8 (echo request, ping) from anywhere"_qs;
    QTest::newRow("icmp type and code") << makeRule(in, v4, u"icmp"_qs, 3, 4, QString()) << QString()
                                        << u"Allow ICMP type 3 (destination unreachable), code 4 from anywhere"_qs;
    QTest::newRow("icmpv6") << makeRule(in, v6, u"ipv6-icmp"_qs, {}, {}, QString()) << QString()
                            << u"Allow incoming ICMPv6 from anywhere"_qs;
    QTest::newRow("mysql from group") << makeRule(in, v4, u"tcp"_qs, 3306, 3306, QString(), u"g-web"_qs) << u"web"_qs
                                      << u"Allow TCP 3306 from members of group web"_qs;
    QTest::newRow("group without name") << makeRule(in, v4, u"tcp"_qs, 3306, 3306, QString(), u"g-web"_qs) << QString()
                                        << u"Allow TCP 3306 from members of group g-web"_qs;
    QTest::newRow("dns udp") << makeRule(in, v4, u"udp"_qs, 53, 53, u"10.12.0.0/16"_qs) << QString()
                             << u"Allow UDP 53 from 10.12.0.0/16"_qs;
    QTest::newRow("range") << makeRule(in, v4, u"tcp"_qs, 8000, 8080, u"0.0.0.0/0"_qs) << QString()
                           << u"Allow TCP 8000–8080 from anywhere"_qs;
    QTest::newRow("every tcp port") << makeRule(in, v4, u"tcp"_qs, {}, {}, u"10.0.0.0/8"_qs) << QString()
                                    << u"Allow TCP on every port from 10.0.0.0/8"_qs;
    QTest::newRow("all outgoing ipv6") << makeRule(out, v6, QString(), {}, {}, QString()) << QString()
                                       << u"Allow all outgoing IPv6 traffic"_qs;
    QTest::newRow("all outgoing ipv4") << makeRule(out, v4, QString(), {}, {}, u"0.0.0.0/0"_qs) << QString()
                                       << u"Allow all outgoing IPv4 traffic"_qs;
    QTest::newRow("all outgoing to cidr") << makeRule(out, v4, QString(), {}, {}, u"10.12.0.0/16"_qs) << QString()
                                          << u"Allow all outgoing IPv4 traffic to 10.12.0.0/16"_qs;
    QTest::newRow("all incoming from group")
        << makeRule(in, v4, QString(), {}, {}, QString(), u"g-def"_qs) << u"default"_qs
        << u"Allow all incoming IPv4 traffic from members of group default"_qs;
    QTest::newRow("all incoming anywhere") << makeRule(in, v6, u"any"_qs, {}, {}, QString()) << QString()
                                           << u"Allow all incoming IPv6 traffic from anywhere"_qs;
    QTest::newRow("outgoing dns") << makeRule(out, v4, u"udp"_qs, 53, 53, QString()) << QString()
                                  << u"Allow UDP 53 to anywhere"_qs;
    QTest::newRow("outgoing icmp to cidr") << makeRule(out, v4, u"icmp"_qs, {}, {}, u"192.168.0.0/24"_qs) << QString()
                                           << u"Allow outgoing ICMP to 192.168.0.0/24"_qs;
    QTest::newRow("protocol number") << makeRule(in, v4, u"47"_qs, {}, {}, QString()) << QString()
                                     << u"Allow incoming Protocol 47 from anywhere"_qs;
    QTest::newRow("named protocol") << makeRule(in, v4, u"gre"_qs, {}, {}, u"10.1.0.0/16"_qs) << QString()
                                    << u"Allow incoming GRE from 10.1.0.0/16"_qs;
    QTest::newRow("tcp by number") << makeRule(in, v4, u"6"_qs, 22, 22, QString()) << QString()
                                   << u"Allow TCP 22 from anywhere"_qs;
}

void TestSecurityRules::sentence()
{
    QFETCH(SecurityGroupRule, rule);
    QFETCH(QString, groupName);
    QFETCH(QString, sentence);
    QCOMPARE(SecurityRuleSentence::sentence(rule, groupName), sentence);
}

void TestSecurityRules::cells()
{
    using S = SecurityRuleSentence;
    const SecurityGroupRule mysql = makeRule(u"ingress"_qs, u"IPv4"_qs, u"tcp"_qs, 3306, 3306, {}, u"g"_qs);
    QCOMPARE(S::protocolText(mysql.protocol), u"TCP"_qs);
    QCOMPARE(S::portsText(mysql), u"3306"_qs);
    QCOMPARE(S::remoteText(mysql, u"web"_qs), u"Group web"_qs);
    QCOMPARE(S::directionText(mysql.direction), u"Incoming"_qs);
    QCOMPARE(S::directionText(u"egress"_qs), u"Outgoing"_qs);
    const SecurityGroupRule any = makeRule(u"egress"_qs, u"IPv4"_qs, {}, {}, {}, {});
    QCOMPARE(S::protocolText(any.protocol), u"Any"_qs);
    QCOMPARE(S::portsText(any), QString());
    QCOMPARE(S::remoteText(any), u"Anywhere"_qs);
    QCOMPARE(S::portsText(makeRule(u"ingress"_qs, u"IPv4"_qs, u"udp"_qs, {}, {}, {})), u"All"_qs);
    QCOMPARE(S::portsText(makeRule(u"ingress"_qs, u"IPv4"_qs, u"icmp"_qs, {}, {}, {})), u"All types"_qs);
    QCOMPARE(S::remoteText(makeRule(u"ingress"_qs, u"IPv4"_qs, u"icmp"_qs, {}, {}, u"10.12.0.0/16"_qs)),
             u"10.12.0.0/16"_qs);
}

void TestSecurityRules::goodInput_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("ethertype");
    QTest::addColumn<QString>("portMin");
    QTest::addColumn<QString>("portMax");
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QString>("sentProtocol"); // empty: none
    QTest::addColumn<int>("sentMin");          // -1: none
    QTest::addColumn<int>("sentMax");
    QTest::addColumn<QString>("sentCidr");

    QTest::newRow("ssh anywhere") << u"tcp"_qs << u"IPv4"_qs << u"22"_qs << QString() << QString() << u"tcp"_qs << 22
                                  << 22 << u"0.0.0.0/0"_qs;
    QTest::newRow("range, spaces") << u" TCP "_qs << u"IPv4"_qs << u" 8000"_qs << u"8080 "_qs << u"10.12.0.0/16"_qs
                                   << u"tcp"_qs << 8000 << 8080 << u"10.12.0.0/16"_qs;
    QTest::newRow("every udp port") << u"udp"_qs << u"IPv4"_qs << QString() << QString() << u"10.0.0.1"_qs << u"udp"_qs
                                    << -1 << -1 << u"10.0.0.1/32"_qs;
    QTest::newRow("icmp type code") << u"icmp"_qs << u"IPv4"_qs << u"3"_qs << u"4"_qs << QString() << u"icmp"_qs << 3
                                    << 4 << u"0.0.0.0/0"_qs;
    QTest::newRow("icmp type 0") << u"icmp"_qs << u"IPv4"_qs << u"0"_qs << QString() << QString() << u"icmp"_qs << 0
                                 << -1 << u"0.0.0.0/0"_qs;
    QTest::newRow("icmp over ipv6") << u"icmp"_qs << u"IPv6"_qs << QString() << QString() << u"2001:db8::/32"_qs
                                    << u"ipv6-icmp"_qs << -1 << -1 << u"2001:db8::/32"_qs;
    QTest::newRow("any") << u"any"_qs << u"IPv6"_qs << QString() << QString() << QString() << QString() << -1 << -1
                         << u"::/0"_qs;
    QTest::newRow("empty protocol is any")
        << QString() << u"IPv4"_qs << QString() << QString() << QString() << QString() << -1 << -1 << u"0.0.0.0/0"_qs;
    QTest::newRow("number") << u"47"_qs << u"IPv4"_qs << QString() << QString() << QString() << u"47"_qs << -1 << -1
                            << u"0.0.0.0/0"_qs;
    QTest::newRow("port 65535") << u"tcp"_qs << u"IPv4"_qs << u"1"_qs << u"65535"_qs << QString() << u"tcp"_qs << 1
                                << 65535 << u"0.0.0.0/0"_qs;
}

void TestSecurityRules::goodInput()
{
    QFETCH(QString, protocol);
    QFETCH(QString, ethertype);
    QFETCH(QString, portMin);
    QFETCH(QString, portMax);
    QFETCH(QString, cidr);
    QFETCH(QString, sentProtocol);
    QFETCH(int, sentMin);
    QFETCH(int, sentMax);
    QFETCH(QString, sentCidr);
    SecurityRuleInput in;
    in.protocol = protocol;
    in.ethertype = ethertype;
    in.portMin = portMin;
    in.portMax = portMax;
    in.remoteCidr = cidr;
    QList<SecurityRuleInput::Problem> problems;
    const auto rules = in.rules(u"g1"_qs, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
    QCOMPARE(rules.size(), 1);
    const CreateSecurityGroupRuleRequest& r = rules.first();
    QCOMPARE(r.securityGroupId, u"g1"_qs);
    QCOMPARE(r.ethertype, ethertype);
    QCOMPARE(r.protocol.value_or(QString()), sentProtocol);
    QCOMPARE(r.portRangeMin.value_or(-1), sentMin);
    QCOMPARE(r.portRangeMax.value_or(-1), sentMax);
    QCOMPARE(r.remoteIpPrefix.value_or(QString()), sentCidr);
    QVERIFY(!r.remoteGroupId);
}

void TestSecurityRules::badInput_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("ethertype");
    QTest::addColumn<QString>("portMin");
    QTest::addColumn<QString>("portMax");
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("message"); // a part of the message

    const QString v4 = u"IPv4"_qs;
    QTest::newRow("unknown protocol") << u"http"_qs << v4 << u"80"_qs << QString() << QString() << int(Field::Protocol)
                                      << u"“http” is not a protocol"_qs;
    QTest::newRow("protocol 256") << u"256"_qs << v4 << QString() << QString() << QString() << int(Field::Protocol)
                                  << u"from 0 to 255"_qs;
    QTest::newRow("port 0") << u"tcp"_qs << v4 << u"0"_qs << QString() << QString() << int(Field::PortMin)
                            << u"from 1 to 65535"_qs;
    QTest::newRow("port 65536") << u"tcp"_qs << v4 << u"22"_qs << u"65536"_qs << QString() << int(Field::PortMax)
                                << u"from 1 to 65535"_qs;
    QTest::newRow("port text") << u"udp"_qs << v4 << u"dns"_qs << QString() << QString() << int(Field::PortMin)
                               << u"whole number"_qs;
    QTest::newRow("min above max") << u"tcp"_qs << v4 << u"8080"_qs << u"8000"_qs << QString() << int(Field::PortMax)
                                   << u"The last port (8000) comes before the first (8080)"_qs;
    QTest::newRow("max without min") << u"tcp"_qs << v4 << QString() << u"80"_qs << QString() << int(Field::PortMin)
                                     << u"first port of the range too"_qs;
    QTest::newRow("ports on any") << u"any"_qs << v4 << u"80"_qs << QString() << QString() << int(Field::PortMin)
                                  << u"Any has no ports"_qs;
    QTest::newRow("icmp type 256") << u"icmp"_qs << v4 << u"256"_qs << QString() << QString() << int(Field::PortMin)
                                   << u"ICMP type is a number from 0 to 255"_qs;
    QTest::newRow("icmp code alone") << u"icmp"_qs << v4 << QString() << u"0"_qs << QString() << int(Field::PortMin)
                                     << u"Type the ICMP type too"_qs;
    QTest::newRow("icmp code 300") << u"icmp"_qs << v4 << u"3"_qs << u"300"_qs << QString() << int(Field::PortMax)
                                   << u"ICMP code is a number from 0 to 255"_qs;
    QTest::newRow("not a cidr") << u"tcp"_qs << v4 << u"22"_qs << QString() << u"10.12.0/16x"_qs << int(Field::Remote)
                                << u"is not an address block"_qs;
    QTest::newRow("prefix 33") << u"tcp"_qs << v4 << u"22"_qs << QString() << u"10.0.0.0/33"_qs << int(Field::Remote)
                               << u"is not an address block"_qs;
    QTest::newRow("ipv6 block on ipv4") << u"tcp"_qs << v4 << u"22"_qs << QString() << u"2001:db8::/32"_qs
                                        << int(Field::Remote) << u"is an IPv6 block but the rule is for IPv4"_qs;
    QTest::newRow("ipv4 block on ipv6") << u"tcp"_qs << u"IPv6"_qs << u"22"_qs << QString() << u"10.0.0.0/8"_qs
                                        << int(Field::Remote) << u"is an IPv4 block but the rule is for IPv6"_qs;
    QTest::newRow("host bits") << u"tcp"_qs << v4 << u"22"_qs << QString() << u"10.12.0.5/16"_qs << int(Field::Remote)
                               << u"did you mean 10.12.0.0/16?"_qs;
    QTest::newRow("ipv6 host bits") << u"tcp"_qs << u"IPv6"_qs << u"22"_qs << QString() << u"2001:db8::1/32"_qs
                                    << int(Field::Remote) << u"did you mean 2001:db8::/32?"_qs;
}

void TestSecurityRules::badInput()
{
    QFETCH(QString, protocol);
    QFETCH(QString, ethertype);
    QFETCH(QString, portMin);
    QFETCH(QString, portMax);
    QFETCH(QString, cidr);
    QFETCH(int, field);
    QFETCH(QString, message);
    SecurityRuleInput in;
    in.protocol = protocol;
    in.ethertype = ethertype;
    in.portMin = portMin;
    in.portMax = portMax;
    in.remoteCidr = cidr;
    QList<SecurityRuleInput::Problem> problems;
    QVERIFY(in.rules(u"g1"_qs, &problems).isEmpty());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(int(problems.first().field), field);
    QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().message));
}

void TestSecurityRules::presets()
{
    struct Expected
    {
        SecurityRuleInput::Preset preset;
        QStringList protocols;
        int port; // -1: none
    };
    const QList<Expected> all{{SecurityRuleInput::Preset::Ssh, {u"tcp"_qs}, 22},
                              {SecurityRuleInput::Preset::Http, {u"tcp"_qs}, 80},
                              {SecurityRuleInput::Preset::Https, {u"tcp"_qs}, 443},
                              {SecurityRuleInput::Preset::Icmp, {u"icmp"_qs}, -1},
                              {SecurityRuleInput::Preset::Mysql, {u"tcp"_qs}, 3306},
                              {SecurityRuleInput::Preset::Dns, {u"udp"_qs, u"tcp"_qs}, 53}};
    for (const Expected& e : all) {
        SecurityRuleInput in;
        in.portMax = u"9999"_qs; // a preset replaces the whole range
        in.remoteCidr = u"10.12.0.0/16"_qs;
        in.applyPreset(e.preset);
        QList<SecurityRuleInput::Problem> problems;
        const auto rules = in.rules(u"g"_qs, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        QCOMPARE(rules.size(), e.protocols.size());
        for (qsizetype i = 0; i < rules.size(); ++i) {
            QCOMPARE(*rules[i].protocol, e.protocols[i]);
            QCOMPARE(rules[i].portRangeMin.value_or(-1), e.port);
            QCOMPARE(rules[i].portRangeMax.value_or(-1), e.port);
            QCOMPARE(*rules[i].remoteIpPrefix, u"10.12.0.0/16"_qs); // the remote stays
        }
    }
    // A description the user typed stays; a preset's own one follows the next preset.
    SecurityRuleInput in;
    in.applyPreset(SecurityRuleInput::Preset::Ssh);
    QCOMPARE(in.description, u"ssh"_qs);
    in.applyPreset(SecurityRuleInput::Preset::Dns);
    QCOMPARE(in.description, u"dns"_qs);
    in.description = u"bastion"_qs;
    in.applyPreset(SecurityRuleInput::Preset::Http);
    QCOMPARE(in.description, u"bastion"_qs);
}

void TestSecurityRules::cidrs()
{
    QString problem;
    QCOMPARE(SecurityRuleInput::normalizedCidr(u"0.0.0.0/0"_qs, u"IPv4"_qs, &problem), u"0.0.0.0/0"_qs);
    QCOMPARE(SecurityRuleInput::normalizedCidr(u"::/0"_qs, u"IPv6"_qs, &problem), u"::/0"_qs);
    QCOMPARE(SecurityRuleInput::normalizedCidr(u"2001:DB8::/32"_qs, u"IPv6"_qs, &problem), u"2001:db8::/32"_qs);
    QCOMPARE(SecurityRuleInput::normalizedCidr(u"fe80::1"_qs, u"IPv6"_qs, &problem), u"fe80::1/128"_qs);
    QVERIFY(problem.isEmpty());
    QVERIFY(SecurityRuleInput::normalizedCidr(u"10.12.0.0/16/8"_qs, u"IPv4"_qs, &problem).isEmpty());
    QVERIFY(!problem.isEmpty());
    // Remote group: needs one.
    SecurityRuleInput in;
    in.remoteKind = SecurityRuleInput::RemoteKind::Group;
    QList<SecurityRuleInput::Problem> problems;
    QVERIFY(in.rules(u"g"_qs, &problems).isEmpty());
    QCOMPARE(int(problems.value(0).field), int(Field::Remote));
    in.remoteGroupId = u"web"_qs;
    const auto rules = in.rules(u"g"_qs, &problems);
    QCOMPARE(rules.size(), 1);
    QCOMPARE(*rules.first().remoteGroupId, u"web"_qs);
    QVERIFY(!rules.first().remoteIpPrefix);
    in.description = QString(256, u'x');
    QVERIFY(in.rules(u"g"_qs, &problems).isEmpty());
    QCOMPARE(int(problems.value(0).field), int(Field::Description));
}

QTEST_GUILESS_MAIN(TestSecurityRules)
#include "tst_securityrules.moc"
