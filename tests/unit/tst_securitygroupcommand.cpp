// lib/cli: the `openstack security group …` commands the Security groups tab shows, one per kind
// of rule (ports, ranges, ICMP type and code, any protocol, remote CIDR or group, IPv6, egress).

#include "cli/securitygroupcommand.h"

#include <QTest>

using namespace zenith;

Q_DECLARE_METATYPE(zenith::CreateSecurityGroupRuleRequest)

class TestSecurityGroupCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groups();
    void rules_data();
    void rules();
    void ruleDelete();
};

namespace {

CreateSecurityGroupRuleRequest rule(const QString& protocol, std::optional<int> min, std::optional<int> max,
                                    const QString& cidr)
{
    CreateSecurityGroupRuleRequest r;
    r.securityGroupId = u"6e564ec3-c811-4dce-af12-a120137083d0"_qs;
    if (!protocol.isEmpty())
        r.protocol = protocol;
    r.portRangeMin = min;
    r.portRangeMax = max;
    if (!cidr.isEmpty())
        r.remoteIpPrefix = cidr;
    return r;
}

} // namespace

void TestSecurityGroupCommand::groups()
{
    using C = SecurityGroupCommand;
    QCOMPARE(C::groupCreate(u"web"_qs), u"openstack security group create web"_qs);
    QCOMPARE(C::groupCreate(u"db"_qs, u"MariaDB servers"_qs),
             u"openstack security group create --description \"MariaDB servers\" db"_qs);
    QCOMPARE(C::groupSet(u"web"_qs, u"front"_qs, u"HTTP"_qs),
             u"openstack security group set --name front --description HTTP web"_qs);
    QCOMPARE(C::groupSet(u"web"_qs, u"web"_qs, QString()), u"openstack security group set --description \"\" web"_qs);
    QCOMPARE(C::groupDelete({u"web"_qs, u"db"_qs}), u"openstack security group delete web db"_qs);
}

void TestSecurityGroupCommand::rules_data()
{
    QTest::addColumn<CreateSecurityGroupRuleRequest>("request");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("remoteGroup");
    QTest::addColumn<QString>("command");

    QTest::newRow("https from anywhere")
        << rule(u"tcp"_qs, 443, 443, u"0.0.0.0/0"_qs) << u"web"_qs << QString()
        << u"openstack security group rule create --protocol tcp --dst-port 443 --remote-ip 0.0.0.0/0 web"_qs;
    QTest::newRow("dns udp from the lab")
        << rule(u"udp"_qs, 53, 53, u"10.12.0.0/16"_qs) << u"dns"_qs << QString()
        << u"openstack security group rule create --protocol udp --dst-port 53 --remote-ip 10.12.0.0/16 dns"_qs;
    QTest::newRow("range") << rule(u"tcp"_qs, 8000, 8080, u"10.0.0.0/8"_qs) << u"web"_qs << QString()
                           << u"openstack security group rule create --protocol tcp --dst-port 8000:8080 "
                              "--remote-ip 10.0.0.0/8 web"_qs;
    QTest::newRow("every tcp port")
        << rule(u"tcp"_qs, {}, {}, u"0.0.0.0/0"_qs) << u"web"_qs << QString()
        << u"openstack security group rule create --protocol tcp --remote-ip 0.0.0.0/0 web"_qs;
    QTest::newRow("icmp") << rule(u"icmp"_qs, {}, {}, u"0.0.0.0/0"_qs) << u"web"_qs << QString()
                          << u"openstack security group rule create --protocol icmp --remote-ip 0.0.0.0/0 web"_qs;
    QTest::newRow("icmp type and code")
        << rule(u"icmp"_qs, 3, 4, u"10.12.0.0/16"_qs) << u"web"_qs << QString()
        << u"openstack security group rule create --protocol icmp --icmp-type 3 --icmp-code 4 --remote-ip "
           "10.12.0.0/16 web"_qs;
    QTest::newRow("echo request") << rule(u"icmp"_qs, 8, {}, u"0.0.0.0/0"_qs) << u"web"_qs << QString()
                                  << u"openstack security group rule create --protocol icmp --icmp-type 8 "
                                     "--remote-ip 0.0.0.0/0 web"_qs;
    QTest::newRow("any protocol")
        << rule(QString(), {}, {}, u"10.12.0.0/16"_qs) << u"lab"_qs << QString()
        << u"openstack security group rule create --protocol any --remote-ip 10.12.0.0/16 lab"_qs;
    QTest::newRow("protocol number")
        << rule(u"47"_qs, {}, {}, u"0.0.0.0/0"_qs) << u"vpn"_qs << QString()
        << u"openstack security group rule create --protocol 47 --remote-ip 0.0.0.0/0 vpn"_qs;

    CreateSecurityGroupRuleRequest mysql = rule(u"tcp"_qs, 3306, 3306, QString());
    mysql.remoteGroupId = u"ca99fd12-2a19-4f0c-bc2f-45cc990404d6"_qs;
    QTest::newRow("mysql from a group")
        << mysql << u"db"_qs << u"web"_qs
        << u"openstack security group rule create --protocol tcp --dst-port 3306 --remote-group web db"_qs;
    QTest::newRow("remote group by id")
        << mysql << u"db"_qs << QString()
        << u"openstack security group rule create --protocol tcp --dst-port 3306 --remote-group "
           "ca99fd12-2a19-4f0c-bc2f-45cc990404d6 db"_qs;

    CreateSecurityGroupRuleRequest egress6 = rule(QString(), {}, {}, u"::/0"_qs);
    egress6.direction = u"egress"_qs;
    egress6.ethertype = u"IPv6"_qs;
    QTest::newRow("all outgoing ipv6")
        << egress6 << u"web"_qs << QString()
        << u"openstack security group rule create --egress --ethertype IPv6 --protocol any --remote-ip ::/0 web"_qs;

    CreateSecurityGroupRuleRequest described = rule(u"tcp"_qs, 22, 22, u"0.0.0.0/0"_qs);
    described.description = u"ssh from home"_qs;
    QTest::newRow("description and group id")
        << described << QString() << QString()
        << u"openstack security group rule create --protocol tcp --dst-port 22 --remote-ip 0.0.0.0/0 --description "
           "\"ssh from home\" 6e564ec3-c811-4dce-af12-a120137083d0"_qs;
}

void TestSecurityGroupCommand::rules()
{
    QFETCH(CreateSecurityGroupRuleRequest, request);
    QFETCH(QString, group);
    QFETCH(QString, remoteGroup);
    QFETCH(QString, command);
    QCOMPARE(SecurityGroupCommand::ruleCreate(request, group, remoteGroup), command);
}

void TestSecurityGroupCommand::ruleDelete()
{
    QCOMPARE(SecurityGroupCommand::ruleDelete({u"8b43b21b-cee4-4b03-8852-deb9e6cc2ad1"_qs}),
             u"openstack security group rule delete 8b43b21b-cee4-4b03-8852-deb9e6cc2ad1"_qs);
}

QTEST_GUILESS_MAIN(TestSecurityGroupCommand)
#include "tst_securitygroupcommand.moc"
