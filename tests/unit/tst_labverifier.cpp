#include "lab/labcheck.h"
#include "lab/labchecks.h"
#include "labfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace zenith;

using Kind = LabCheck::Kind;

Q_DECLARE_METATYPE(zenith::LabCheck::Kind)

namespace {

LabTopology labTopology(LabDnsProvider provider = LabDnsProvider::Designate)
{
    LabPlan plan;
    plan.keypair = QStringLiteral("lab-key");
    plan.loadBalancer = plan.web = plan.database =
        plan.nameServer = {QStringLiteral("tiny"), QStringLiteral("m1.nano")};
    plan.domain = QStringLiteral("zenith-lab.example");
    plan.dnsProvider = provider;
    return *LabTopology::of(plan);
}

LabChecks::Options withMarkers(const LabTopology& t)
{
    LabChecks::Options options;
    for (const LabServer& s : t.servers) {
        options.readyMarkers.insert(s.key, LabUserData::readyMarker(s));
        options.failureMarkers.insert(s.key, LabUserData::failureMarkerPrefix(s));
    }
    return options;
}

template <typename T> T* named(QList<T>& items, const QString& name)
{
    for (T& item : items) {
        if (item.name == name)
            return &item;
    }
    qFatal("fixture has no %s", qPrintable(name));
    return nullptr;
}

// The red checks of a run, for comparing with the expected one.
QList<Kind> red(const QList<LabCheck>& checks)
{
    QList<Kind> kinds;
    for (const LabCheck& c : checks) {
        if (!c.passed)
            kinds.append(c.kind);
    }
    return kinds;
}

QString detailOf(const QList<LabCheck>& checks, Kind kind)
{
    for (const LabCheck& c : checks) {
        if (c.kind == kind)
            return c.detail;
    }
    return QStringLiteral("<no such check>");
}

} // namespace

class TestLabVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_fixture.ok(), qPrintable(m_fixture.why())); }

    void aHealthyLabIsAllGreen()
    {
        const LabTopology t = labTopology();
        const QList<LabCheck> checks = LabChecks::run(t, m_fixture.healthy(t), withMarkers(t));
        QCOMPARE(checks.size(), 13);
        QCOMPARE(red(checks), QList<Kind>{});
        for (const LabCheck& c : checks)
            QVERIFY2(!c.skipped, qPrintable(LabCheck::kindName(c.kind)));
        QCOMPARE(detailOf(checks, Kind::GatewayFixedIp), QStringLiteral("10.12.0.1"));
        QCOMPARE(detailOf(checks, Kind::DnsRecordMatches), QStringLiteral("203.0.113.7"));
        QCOMPARE(detailOf(checks, Kind::VolumeAttached), QStringLiteral("vol-db"));
        QVERIFY(LabCheck::allPassed(checks));
    }

    void withoutReadinessOrRecordsThoseAreSkipped()
    {
        const LabTopology t = labTopology(LabDnsProvider::None);
        LabChecks::Options options = withMarkers(t);
        options.checkReadiness = false;
        LabCloudState cloud = m_fixture.healthy(t);
        cloud.consoles.clear();
        const QList<LabCheck> checks = LabChecks::run(t, cloud, options);
        QCOMPARE(red(checks), QList<Kind>{});
        QList<Kind> skipped;
        for (const LabCheck& c : checks) {
            if (c.skipped)
                skipped.append(c.kind);
        }
        QCOMPARE(skipped, (QList<Kind>{Kind::PostInstallScript, Kind::DnsRecordMatches}));
    }

    void oneBreakageTurnsItsCheckRed_data()
    {
        QTest::addColumn<int>("breakage");
        QTest::addColumn<QList<Kind>>("expected");
        QTest::addColumn<QString>("detail");
        QTest::newRow("server in error") << 0 << QList<Kind>{Kind::InstancesCreated}
                                         << QStringLiteral("lab-web2: ERROR");
        QTest::newRow("port moved to another network")
            << 1 << QList<Kind>{Kind::PrivateNetworkAttached} << QStringLiteral("lab-db: network other-net");
        QTest::newRow("volume detached") << 2 << QList<Kind>{Kind::VolumeAttached}
                                         << QStringLiteral("lab-db-data (vol-db): available");
        QTest::newRow("rule removed") << 3 << QList<Kind>{Kind::SecurityGroups}
                                      << QStringLiteral("lab-db: no rule tcp/3306 from group web");
        QTest::newRow("port without its group")
            << 4 << QList<Kind>{Kind::SecurityGroups} << QStringLiteral("lab-ns: groups [ns] expected");
        QTest::newRow("other key") << 5 << QList<Kind>{Kind::KeypairImported} << QStringLiteral("lab-ns: key other");
        QTest::newRow("cloud-init failed")
            << 6 << QList<Kind>{Kind::PostInstallScript} << QStringLiteral("zenith-lab: db FAILED: mariadb");
        QTest::newRow("no ready marker") << 7 << QList<Kind>{Kind::PostInstallScript}
                                         << QStringLiteral("lab-web1: no \"zenith-lab: web1 ready\"");
        QTest::newRow("third port on the gateway")
            << 8 << QList<Kind>{Kind::GatewayTwoPorts} << QStringLiteral("lab-net: 2 ports");
        QTest::newRow("gateway lost 10.12.0.1") << 9 << QList<Kind>{Kind::GatewayFixedIp, Kind::PrivateNetworkAttached}
                                                << QStringLiteral("lab-lb-private: [10.12.0.99] != 10.12.0.1");
        QTest::newRow("allowed address pair removed") << 10 << QList<Kind>{Kind::GatewayAntiSpoofing}
                                                      << QStringLiteral("lab-lb-private: allowed_address_pairs []");
        QTest::newRow("subnet gateway elsewhere")
            << 11 << QList<Kind>{Kind::SubnetGateway} << QStringLiteral("gateway_ip 10.12.0.254 != 10.12.0.1");
        QTest::newRow("floating IP on the db")
            << 12 << QList<Kind>{Kind::NoPublicIpOnPrivateServers} << QStringLiteral("lab-db: 198.51.100.9 on lab-net");
        QTest::newRow("stale record") << 13 << QList<Kind>{Kind::DnsRecordMatches}
                                      << QStringLiteral("www.zenith-lab.example. A [198.51.100.1] != 203.0.113.7");
        QTest::newRow("web server outside its group")
            << 14 << QList<Kind>{Kind::ServerGroup} << QStringLiteral("lab-web2: not a member");
        QTest::newRow("server missing") << 15 << QList<Kind>{Kind::InstancesCreated, Kind::PrivateNetworkAttached}
                                        << QStringLiteral("lab-ns: missing");
    }

    void oneBreakageTurnsItsCheckRed()
    {
        QFETCH(int, breakage);
        QFETCH(QList<Kind>, expected);
        QFETCH(QString, detail);
        const LabTopology t = labTopology();
        LabCloudState c = m_fixture.healthy(t);
        switch (breakage) {
        case 0: named(c.servers, QStringLiteral("lab-web2"))->status = QStringLiteral("ERROR"); break;
        case 1: named(c.ports, QStringLiteral("lab-db"))->networkId = QStringLiteral("other-net"); break;
        case 2:
            c.volumes.first().status = QStringLiteral("available");
            c.volumes.first().attachments.clear();
            break;
        case 3: named(c.securityGroups, QStringLiteral("lab-db"))->rules.removeAt(2); break;
        case 4: named(c.ports, QStringLiteral("lab-ns"))->securityGroups.clear(); break;
        case 5: named(c.servers, QStringLiteral("lab-ns"))->keyName = QStringLiteral("other"); break;
        case 6:
            c.consoles[QStringLiteral("srv-db")] =
                QStringLiteral("boot\nzenith-lab: db FAILED: mariadb\nzenith-lab: db ready\n");
            break;
        case 7: c.consoles[QStringLiteral("srv-web1")] = QStringLiteral("FAKE CONSOLE OUTPUT\n"); break;
        case 8: {
            Port extra = *named(c.ports, QStringLiteral("lab-web1"));
            extra.id = QStringLiteral("port-extra");
            extra.name = QStringLiteral("extra");
            extra.deviceId = QStringLiteral("srv-lb");
            c.ports.append(extra);
            break;
        }
        case 9:
            named(c.ports, QStringLiteral("lab-lb-private"))->fixedIps.first().ipAddress = QStringLiteral("10.12.0.99");
            break;
        case 10: named(c.ports, QStringLiteral("lab-lb-private"))->allowedAddressPairs.clear(); break;
        case 11: c.subnets.first().gatewayIp = QStringLiteral("10.12.0.254"); break;
        case 12: {
            ServerAddress floating = named(c.servers, QStringLiteral("lab-db"))->addresses.first().first();
            floating.addr = QStringLiteral("198.51.100.9");
            floating.type = QStringLiteral("floating");
            named(c.servers, QStringLiteral("lab-db"))->addresses[QStringLiteral("lab-net")].append(floating);
            break;
        }
        case 13:
            named(c.records, QStringLiteral("www.zenith-lab.example."))->records = {QStringLiteral("198.51.100.1")};
            break;
        case 14: c.serverGroups.first().members.removeAll(QStringLiteral("srv-web2")); break;
        case 15: c.servers.removeIf([](const Server& s) { return s.name == u"lab-ns"; }); break;
        }
        const QList<LabCheck> checks = LabChecks::run(t, c, withMarkers(t));
        QList<Kind> got = red(checks);
        std::sort(got.begin(), got.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(got, expected);
        const Kind main =
            QTest::currentDataTag() == QByteArray("gateway lost 10.12.0.1") ? Kind::GatewayFixedIp : expected.first();
        QVERIFY2(detailOf(checks, main).contains(detail), qPrintable(detailOf(checks, main)));
    }

    void portSecurityOffIsThePlannedAlternative()
    {
        LabPlan plan = labTopology().plan;
        plan.gatewaySpoofing = LabGatewaySpoofing::PortSecurityOff;
        const LabTopology t = *LabTopology::of(plan);
        LabCloudState c = m_fixture.healthy(t);
        QCOMPARE(red(LabChecks::run(t, c, withMarkers(t))), QList<Kind>{});
        named(c.ports, QStringLiteral("lab-lb-private"))->portSecurityEnabled = true;
        QCOMPARE(red(LabChecks::run(t, c, withMarkers(t))), QList<Kind>{Kind::GatewayAntiSpoofing});
    }

    void theChecklistExportsAsJson()
    {
        const LabTopology t = labTopology();
        LabCloudState c = m_fixture.healthy(t);
        named(c.ports, QStringLiteral("lab-lb-private"))->allowedAddressPairs.clear();
        const QJsonObject json =
            QJsonDocument::fromJson(LabCheck::toJson(LabChecks::run(t, c, withMarkers(t)))).object();
        QCOMPARE(json.value(u"passed").toBool(true), false);
        const QJsonArray checks = json.value(u"checks").toArray();
        QCOMPARE(checks.size(), 13);
        const QJsonObject spoofing = checks.at(8).toObject();
        QCOMPARE(spoofing.value(u"check").toString(), QStringLiteral("GatewayAntiSpoofing"));
        QCOMPARE(spoofing.value(u"passed").toBool(true), false);
        QCOMPARE(spoofing.value(u"skipped").toBool(true), false);
        QVERIFY(spoofing.value(u"detail").toString().contains(QStringLiteral("allowed_address_pairs")));
    }

private:
    test::LabFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestLabVerifier)
#include "tst_labverifier.moc"
