// Issue 6: the `openstack` commands of the Networks, Routers and Floating IPs tabs.

#include "cli/networkcommand.h"
#include "network/createsubnetrequest.h"
#include "network/updatesubnetrequest.h"

#include <QTest>

using namespace zenith;

class TestNetworkCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void networks();
    void subnetCreateLab();
    void subnetCreateEverything();
    void subnetCreateNoGateway();
    void subnetSet();
    void subnetSetOnlyName();
    void routers();
    void floatingIps();
};

void TestNetworkCommand::networks()
{
    QCOMPARE(NetworkCommand::networkCreate(u"lab-net"_qs), u"openstack network create lab-net"_qs);
    QCOMPARE(NetworkCommand::networkCreate(u"my net"_qs), u"openstack network create \"my net\""_qs);
    QCOMPARE(NetworkCommand::networkRename(u"lab-net"_qs, u"lab"_qs), u"openstack network set --name lab lab-net"_qs);
    QCOMPARE(NetworkCommand::networkDelete({u"a"_qs, u"b"_qs}), u"openstack network delete a b"_qs);
    QCOMPARE(NetworkCommand::subnetDelete({u"lab-subnet"_qs}), u"openstack subnet delete lab-subnet"_qs);
}

void TestNetworkCommand::subnetCreateLab()
{
    CreateSubnetRequest r;
    r.name = u"lab-subnet"_qs;
    r.cidr = u"10.12.0.0/16"_qs;
    r.gatewayIp = std::optional<QString>(u"10.12.0.1"_qs);
    QCOMPARE(
        NetworkCommand::subnetCreate(r, u"lab-net"_qs),
        u"openstack subnet create --network lab-net --subnet-range 10.12.0.0/16 --gateway 10.12.0.1 lab-subnet"_qs);
}

void TestNetworkCommand::subnetCreateEverything()
{
    CreateSubnetRequest r;
    r.name = u"s"_qs;
    r.cidr = u"192.168.1.0/24"_qs;
    r.gatewayIp = std::optional<QString>(u"192.168.1.254"_qs);
    r.allocationPools =
        QList<AllocationPool>{{u"192.168.1.10"_qs, u"192.168.1.99"_qs}, {u"192.168.1.150"_qs, u"192.168.1.199"_qs}};
    r.dnsNameservers = QStringList{u"1.1.1.1"_qs, u"9.9.9.9"_qs};
    r.hostRoutes = QList<HostRoute>{{u"10.0.0.0/8"_qs, u"192.168.1.1"_qs}};
    r.enableDhcp = false;
    QCOMPARE(NetworkCommand::subnetCreate(r, u"n"_qs),
             u"openstack subnet create --network n --subnet-range 192.168.1.0/24 --gateway 192.168.1.254 "
             u"--allocation-pool start=192.168.1.10,end=192.168.1.99 "
             u"--allocation-pool start=192.168.1.150,end=192.168.1.199 "
             u"--dns-nameserver 1.1.1.1 --dns-nameserver 9.9.9.9 "
             u"--host-route destination=10.0.0.0/8,gateway=192.168.1.1 --no-dhcp s"_qs);
}

void TestNetworkCommand::subnetCreateNoGateway()
{
    CreateSubnetRequest r;
    r.name = u"iso"_qs;
    r.cidr = u"10.0.0.0/24"_qs;
    r.gatewayIp = clearValue<QString>();
    r.enableDhcp = true;
    QCOMPARE(NetworkCommand::subnetCreate(r, u"n"_qs),
             u"openstack subnet create --network n --subnet-range 10.0.0.0/24 --gateway none iso"_qs);
    // Neutron's default gateway (the first address): no option at all.
    r.gatewayIp.reset();
    QCOMPARE(NetworkCommand::subnetCreate(r, u"n"_qs),
             u"openstack subnet create --network n --subnet-range 10.0.0.0/24 iso"_qs);
}

void TestNetworkCommand::subnetSet()
{
    UpdateSubnetRequest r;
    r.id = u"id"_qs;
    r.gatewayIp = clearValue<QString>();
    r.dnsNameservers = QStringList{u"1.1.1.1"_qs};
    r.hostRoutes = QList<HostRoute>{};
    r.allocationPools = QList<AllocationPool>{{u"10.0.0.5"_qs, u"10.0.0.9"_qs}};
    r.enableDhcp = true;
    QCOMPARE(NetworkCommand::subnetSet(r, u"lab-subnet"_qs),
             u"openstack subnet set --gateway none --no-allocation-pool "
             u"--allocation-pool start=10.0.0.5,end=10.0.0.9 --no-dns-nameservers --dns-nameserver 1.1.1.1 "
             u"--no-host-route --dhcp lab-subnet"_qs);
}

void TestNetworkCommand::subnetSetOnlyName()
{
    UpdateSubnetRequest r;
    r.name = u"new name"_qs;
    r.enableDhcp = false;
    QCOMPARE(NetworkCommand::subnetSet(r, u"old"_qs), u"openstack subnet set --name \"new name\" --no-dhcp old"_qs);
}

void TestNetworkCommand::routers()
{
    QCOMPARE(NetworkCommand::routerCreate(u"r1"_qs), u"openstack router create r1"_qs);
    QCOMPARE(NetworkCommand::routerCreate(u"r1"_qs, u"Ext-Net"_qs),
             u"openstack router create --external-gateway Ext-Net r1"_qs);
    QCOMPARE(NetworkCommand::routerSetGateway(u"r1"_qs, u"public"_qs),
             u"openstack router set --external-gateway public r1"_qs);
    QCOMPARE(NetworkCommand::routerUnsetGateway(u"r1"_qs), u"openstack router unset --external-gateway r1"_qs);
    QCOMPARE(NetworkCommand::routerAddSubnet(u"r1"_qs, u"lab-subnet"_qs),
             u"openstack router add subnet r1 lab-subnet"_qs);
    QCOMPARE(NetworkCommand::routerRemoveSubnet(u"r1"_qs, u"lab-subnet"_qs),
             u"openstack router remove subnet r1 lab-subnet"_qs);
    QCOMPARE(NetworkCommand::routerDelete({u"r1"_qs}), u"openstack router delete r1"_qs);
}

void TestNetworkCommand::floatingIps()
{
    QCOMPARE(NetworkCommand::floatingIpCreate(u"Ext-Net"_qs), u"openstack floating ip create Ext-Net"_qs);
    QCOMPARE(NetworkCommand::floatingIpSet(u"203.0.113.5"_qs, u"P"_qs),
             u"openstack floating ip set --port P 203.0.113.5"_qs);
    QCOMPARE(NetworkCommand::floatingIpSet(u"203.0.113.5"_qs, u"P"_qs, u"10.12.0.7"_qs),
             u"openstack floating ip set --port P --fixed-ip-address 10.12.0.7 203.0.113.5"_qs);
    QCOMPARE(NetworkCommand::floatingIpUnset(u"203.0.113.5"_qs), u"openstack floating ip unset --port 203.0.113.5"_qs);
    QCOMPARE(NetworkCommand::floatingIpDelete({u"203.0.113.5"_qs, u"203.0.113.6"_qs}),
             u"openstack floating ip delete 203.0.113.5 203.0.113.6"_qs);
}

QTEST_GUILESS_MAIN(TestNetworkCommand)
#include "tst_networkcommand.moc"
