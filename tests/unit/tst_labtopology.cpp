#include "lab/labtopology.h"

#include <QTest>

using namespace zenith;

class TestLabTopology : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addressesOfTheTutorialRange()
    {
        const auto a = LabAddresses::of(QStringLiteral("10.12.0.0/16"), 2);
        QVERIFY(a);
        QCOMPARE(a->gateway, QStringLiteral("10.12.0.1"));
        QCOMPARE(a->nameServer, QStringLiteral("10.12.0.2"));
        QCOMPARE(a->database, QStringLiteral("10.12.0.3"));
        QCOMPARE(a->web, (QStringList{QStringLiteral("10.12.0.11"), QStringLiteral("10.12.0.12")}));
        QCOMPARE(a->poolStart, QStringLiteral("10.12.0.64"));
        QCOMPARE(a->poolEnd, QStringLiteral("10.12.255.254"));
    }

    void addressesOfASmallRange()
    {
        const auto a = LabAddresses::of(QStringLiteral("192.168.7.0/25"), 20);
        QVERIFY(a);
        QCOMPARE(a->web.last(), QStringLiteral("192.168.7.30"));
        QCOMPARE(a->poolEnd, QStringLiteral("192.168.7.126"));
    }

    void noAddressesForBadInput_data()
    {
        QTest::addColumn<QString>("cidr");
        QTest::addColumn<int>("webCount");
        QTest::newRow("host bits set") << QStringLiteral("10.12.0.5/16") << 2;
        QTest::newRow("no prefix") << QStringLiteral("10.12.0.0") << 2;
        QTest::newRow("too small") << QStringLiteral("10.12.0.0/26") << 2;
        QTest::newRow("ipv6") << QStringLiteral("fd00::/64") << 2;
        QTest::newRow("words") << QStringLiteral("private") << 2;
        QTest::newRow("no web server") << QStringLiteral("10.12.0.0/16") << 0;
        QTest::newRow("too many web servers") << QStringLiteral("10.12.0.0/16") << 21;
    }

    void noAddressesForBadInput()
    {
        QFETCH(QString, cidr);
        QFETCH(int, webCount);
        QVERIFY(!LabAddresses::of(cidr, webCount));
    }

    void gatewayPortHoldsTheFirstAddressAndAcceptsAnySource()
    {
        LabPlan plan;
        plan.name = QStringLiteral("tp");
        const auto t = LabTopology::of(plan);
        QVERIFY(t);
        const LabPort* gateway = t->port(QStringLiteral("lb-private"));
        QVERIFY(gateway);
        QCOMPARE(gateway->name, QStringLiteral("tp-lb-private"));
        QCOMPARE(gateway->fixedIp, QStringLiteral("10.12.0.1"));
        QCOMPARE(gateway->allowedAddressPairs, QStringList{QStringLiteral("0.0.0.0/0")});
        QVERIFY(gateway->portSecurity);
        const LabServer* lb = t->server(QStringLiteral("lb"));
        QVERIFY(lb);
        QCOMPARE(lb->ports, (QStringList{QStringLiteral("lb-public"), QStringLiteral("lb-private")}));
        QVERIFY(t->port(QStringLiteral("lb-public"))->publicNetwork);
        QCOMPARE(plan.tag(), QStringLiteral("zenith-lab:tp"));
    }

    void portSecurityOffDropsGroupsAndPairs()
    {
        LabPlan plan;
        plan.gatewaySpoofing = LabGatewaySpoofing::PortSecurityOff;
        const auto t = LabTopology::of(plan);
        QVERIFY(t);
        const LabPort* gateway = t->port(QStringLiteral("lb-private"));
        QVERIFY(!gateway->portSecurity);
        QVERIFY(gateway->securityGroups.isEmpty());
        QVERIFY(gateway->allowedAddressPairs.isEmpty());
    }

    void onlyTheGatewayIsPublic()
    {
        LabPlan plan;
        plan.webCount = 3;
        const auto t = LabTopology::of(plan);
        QVERIFY(t);
        QCOMPARE(t->servers.size(), 6);
        for (const LabPort& port : t->ports)
            QCOMPARE(port.publicNetwork, port.key == QStringLiteral("lb-public"));
        for (const LabServer& server : t->servers)
            QCOMPARE(server.inServerGroup, server.role == LabRole::Web);
        // The database takes 3306 from the web servers' group only.
        const LabSecurityGroup* db = t->securityGroup(QStringLiteral("db"));
        QVERIFY(db);
        QCOMPARE(db->rules.first().remoteGroup, QStringLiteral("web"));
        QCOMPARE(db->rules.first().portMin, 3306);
    }

    void recordsOnlyWithDomainAndProvider()
    {
        LabPlan plan;
        plan.domain = QStringLiteral("zenith-lab.example");
        QVERIFY(LabTopology::of(plan)->recordNames.isEmpty());
        plan.dnsProvider = LabDnsProvider::Designate;
        QCOMPARE(LabTopology::of(plan)->recordNames,
                 (QStringList{QStringLiteral("zenith-lab.example."), QStringLiteral("www.zenith-lab.example.")}));
    }
};

QTEST_GUILESS_MAIN(TestLabTopology)
#include "tst_labtopology.moc"
