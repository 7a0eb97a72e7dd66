#include "cli/labcommand.h"
#include "lab/labplanner.h"

#include "labtutorial.h"

#include <QHash>
#include <QTest>

using namespace zenith;

// The `openstack` line of every lab step: what a student would type to build the lab by hand.
class TestLabCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandsAreWhatAStudentTypes()
    {
        const auto map = test::stepsById(LabPlanner::deploySteps(test::tutorialLab()));
        QCOMPARE(map[u"network"_qs].command, u"openstack network create --tag zenith-lab:lab lab-net"_qs);
        QCOMPARE(map[u"subnet"_qs].command,
                 u"openstack subnet create --network lab-net --subnet-range 10.12.0.0/16 --gateway 10.12.0.1 "
                 "--allocation-pool start=10.12.0.64,end=10.12.255.254 --dns-nameserver 10.12.0.2 "
                 "--tag zenith-lab:lab lab-subnet"_qs);
        QCOMPARE(map[u"port:lb-private"_qs].command,
                 u"openstack port create --network lab-net --fixed-ip subnet=lab-subnet,ip-address=10.12.0.1 "
                 "--allowed-address ip-address=0.0.0.0/0 --security-group lab-gateway --tag zenith-lab:lab "
                 "lab-lb-private"_qs);
        QCOMPARE(map[u"port:lb-public"_qs].command,
                 u"openstack port create --network Ext-Net --security-group lab-public --tag zenith-lab:lab "
                 "lab-lb-public"_qs);
        QCOMPARE(map[u"rule:db:0"_qs].command,
                 u"openstack security group rule create --ingress --protocol tcp --dst-port 3306 --remote-group "
                 "lab-web lab-db"_qs);
        QCOMPARE(map[u"rule:public:3"_qs].command,
                 u"openstack security group rule create --ingress --protocol icmp --remote-ip 0.0.0.0/0 lab-public"_qs);
        QCOMPARE(
            map[u"rule:gateway:0"_qs].command,
            u"openstack security group rule create --ingress --protocol any --remote-ip 10.12.0.0/16 lab-gateway"_qs);
        QCOMPARE(map[u"server-group"_qs].command,
                 u"openstack server group create --policy soft-anti-affinity lab-web-group"_qs);
        QCOMPARE(map[u"volume"_qs].command,
                 u"openstack volume create --size 10 --property zenith-lab=lab lab-db-data"_qs);
        QCOMPARE(map[u"server:lb"_qs].command,
                 u"openstack --os-compute-api-version 2.52 server create --image debian-12 --flavor d2-2 "
                 "--port lab-lb-public --port lab-lb-private --key-name student --user-data lb.yaml "
                 "--tag zenith-lab:lab lab-lb"_qs);
        QVERIFY(map[u"server:web1"_qs].command.contains(u"--hint \"group=<id of lab-web-group>\""_qs));
        QCOMPARE(map[u"attach:db"_qs].command, u"openstack server add volume lab-db lab-db-data"_qs);
        QCOMPARE(map[u"record:www.zenith-lab.example."_qs].command,
                 u"openstack recordset create --type A --record \"<public-ip>\" --description zenith-lab:lab "
                 "zenith-lab.example. www"_qs);
        QCOMPARE(map[u"ready:web1"_qs].command, u"openstack console log show lab-web1"_qs);
    }

    void portSecurityOffInTheCommand()
    {
        LabPlan plan;
        plan.gatewaySpoofing = LabGatewaySpoofing::PortSecurityOff;
        const auto map = test::stepsById(LabPlanner::deploySteps(*LabTopology::of(plan)));
        QCOMPARE(map[u"port:lb-private"_qs].command,
                 u"openstack port create --network lab-net --fixed-ip subnet=lab-subnet,ip-address=10.12.0.1 "
                 "--disable-port-security --no-security-group --tag zenith-lab:lab lab-lb-private"_qs);
        QCOMPARE(map[u"port:lb-private"_qs].dependsOn, QStringList{u"subnet"_qs});
    }

    void serverCreateWithTheGroupsId()
    {
        const LabTopology t = test::tutorialLab();
        QVERIFY(LabCommand::serverCreate(t, *t.server(u"web2"_qs), u"4f1c"_qs).contains(u"--hint group=4f1c "_qs));
        QCOMPARE(LabCommand::recordSetCreate(t, u"zenith-lab.example."_qs, u"203.0.113.7"_qs),
                 u"openstack recordset create --type A --record 203.0.113.7 --description zenith-lab:lab "
                 "zenith-lab.example. zenith-lab.example."_qs);
    }

    void teardownLines()
    {
        const auto map = test::stepsById(LabPlanner::teardownSteps(test::tutorialLab()));
        QCOMPARE(map[u"server:web1"_qs].command, u"openstack server delete --wait lab-web1"_qs);
        QCOMPARE(map[u"attach:db"_qs].command, u"openstack server remove volume lab-db lab-db-data"_qs);
        QCOMPARE(map[u"group:db"_qs].command, u"openstack security group delete lab-db"_qs);
        QCOMPARE(map[u"record:www.zenith-lab.example."_qs].command,
                 u"openstack recordset delete zenith-lab.example. www"_qs);
        QCOMPARE(map[u"server-group"_qs].command, u"openstack server group delete lab-web-group"_qs);
    }
};

QTEST_GUILESS_MAIN(TestLabCommand)
#include "tst_labcommand.moc"
