#include "cli/portcommand.h"

#include <QTest>

using namespace zenith;

class TestPortCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createLabPort();
    void createEverything();
    void createWithoutGroups();
    void setFixedIpAppends();
    void setFixedIpReplaces();
    void setAddressPair();
    void disablePortSecurity();
    void setNothing();
    void setGroups();
    void deleteAndList();
};

void TestPortCommand::createLabPort()
{
    PortCommand::Create create;
    create.network = u"lab-net"_qs;
    create.name = u"lb-private"_qs;
    create.fixedIps = {{u"lab-subnet"_qs, u"10.12.0.1"_qs}};
    QCOMPARE(
        PortCommand::create(create),
        u"openstack port create --network lab-net --fixed-ip subnet=lab-subnet,ip-address=10.12.0.1 lb-private"_qs);
}

void TestPortCommand::createEverything()
{
    PortCommand::Create create;
    create.network = u"lab net"_qs;
    create.name = u"gw"_qs;
    create.fixedIps = {{u"lab-subnet"_qs, {}}, {{}, u"10.12.0.9"_qs}};
    create.securityGroups = QStringList{u"web"_qs, u"ssh"_qs};
    create.allowedAddressPairs = {{u"0.0.0.0/0"_qs, {}}, {u"10.0.0.5"_qs, u"fa:16:3e:00:00:01"_qs}};
    create.portSecurity = true;
    QCOMPARE(
        PortCommand::create(create),
        u"openstack port create --network \"lab net\" --fixed-ip subnet=lab-subnet --fixed-ip ip-address=10.12.0.9 "
        "--security-group web --security-group ssh --allowed-address ip-address=0.0.0.0/0 "
        "--allowed-address ip-address=10.0.0.5,mac-address=fa:16:3e:00:00:01 --enable-port-security gw"_qs);
}

void TestPortCommand::createWithoutGroups()
{
    PortCommand::Create create;
    create.network = u"lab-net"_qs;
    create.name = u"nat"_qs;
    create.securityGroups = QStringList();
    create.portSecurity = false;
    QCOMPARE(PortCommand::create(create),
             u"openstack port create --network lab-net --no-security-group --disable-port-security nat"_qs);
}

void TestPortCommand::setFixedIpAppends()
{
    // The lab's step: the port had no address on lab-subnet; --fixed-ip adds one.
    PortCommand::Set set;
    set.port = u"lb-private"_qs;
    set.fixedIps = QList<PortCommand::FixedIp>{{u"lab-subnet"_qs, u"10.12.0.1"_qs}};
    QCOMPARE(PortCommand::set(set),
             u"openstack port set --fixed-ip subnet=lab-subnet,ip-address=10.12.0.1 lb-private"_qs);
    set.fixedIpsBefore = {{u"lab-subnet"_qs, u"10.12.0.7"_qs}};
    set.fixedIps =
        QList<PortCommand::FixedIp>{{u"lab-subnet"_qs, u"10.12.0.7"_qs}, {u"lab-subnet"_qs, u"10.12.0.1"_qs}};
    QCOMPARE(PortCommand::set(set),
             u"openstack port set --fixed-ip subnet=lab-subnet,ip-address=10.12.0.1 lb-private"_qs);
}

void TestPortCommand::setFixedIpReplaces()
{
    PortCommand::Set set;
    set.port = u"lb-private"_qs;
    set.fixedIpsBefore = {{u"lab-subnet"_qs, u"10.12.0.7"_qs}};
    set.fixedIps = QList<PortCommand::FixedIp>{{u"lab-subnet"_qs, u"10.12.0.1"_qs}};
    QCOMPARE(PortCommand::set(set),
             u"openstack port set --no-fixed-ip --fixed-ip subnet=lab-subnet,ip-address=10.12.0.1 lb-private"_qs);
    set.fixedIps = QList<PortCommand::FixedIp>();
    QCOMPARE(PortCommand::set(set), u"openstack port set --no-fixed-ip lb-private"_qs);
}

void TestPortCommand::setAddressPair()
{
    PortCommand::Set set;
    set.port = u"lb-private"_qs;
    set.allowedAddressPairs = QList<PortCommand::AddressPair>{{u"0.0.0.0/0"_qs, {}}};
    QCOMPARE(PortCommand::set(set), u"openstack port set --allowed-address ip-address=0.0.0.0/0 lb-private"_qs);
    set.allowedAddressPairsBefore = {{u"0.0.0.0/0"_qs, {}}};
    set.allowedAddressPairs = QList<PortCommand::AddressPair>();
    QCOMPARE(PortCommand::set(set), u"openstack port set --no-allowed-address lb-private"_qs);
}

void TestPortCommand::disablePortSecurity()
{
    PortCommand::Set set;
    set.port = u"P"_qs;
    set.securityGroupsBefore = {u"default"_qs};
    set.securityGroups = QStringList();
    set.portSecurity = false;
    QCOMPARE(PortCommand::set(set), u"openstack port set --no-security-group --disable-port-security P"_qs);
    set.allowedAddressPairsBefore = {{u"0.0.0.0/0"_qs, {}}};
    set.allowedAddressPairs = QList<PortCommand::AddressPair>();
    QCOMPARE(PortCommand::set(set),
             u"openstack port set --no-security-group --no-allowed-address --disable-port-security P"_qs);
}

void TestPortCommand::setNothing()
{
    PortCommand::Set set;
    set.port = u"P"_qs;
    set.securityGroupsBefore = {u"default"_qs};
    set.securityGroups = QStringList{u"default"_qs};
    QVERIFY(PortCommand::set(set).isEmpty());
}

void TestPortCommand::setGroups()
{
    PortCommand::Set set;
    set.port = u"web-1 port"_qs;
    set.name = u"web-1 eth0"_qs;
    set.securityGroupsBefore = {u"default"_qs};
    set.securityGroups = QStringList{u"default"_qs, u"http"_qs};
    QCOMPARE(PortCommand::set(set),
             u"openstack port set --name \"web-1 eth0\" --security-group http \"web-1 port\""_qs);
    set.name.reset();
    set.securityGroups = QStringList{u"http"_qs};
    QCOMPARE(PortCommand::set(set), u"openstack port set --no-security-group --security-group http \"web-1 port\""_qs);
}

void TestPortCommand::deleteAndList()
{
    QCOMPARE(PortCommand::remove({u"a"_qs, u"b c"_qs}), u"openstack port delete a \"b c\""_qs);
    QCOMPARE(PortCommand::list(), u"openstack port list"_qs);
    QCOMPARE(PortCommand::list(u"lab-net"_qs, u"web-1"_qs), u"openstack port list --network lab-net --server web-1"_qs);
}

QTEST_GUILESS_MAIN(TestPortCommand)
#include "tst_portcommand.moc"
