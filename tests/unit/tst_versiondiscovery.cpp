// VersionDiscovery on the version documents of the dev cloud's eight services (OpenStack Zed), and
// on catalog URLs shaped like the dev cloud's, DevStack's and OVHcloud's.

#include "core/versiondiscovery.h"

#include "testdata.h"

#include <QTest>

using namespace zenith;
using namespace zenith::VersionDiscovery;

Q_DECLARE_METATYPE(zenith::ServiceType)

class TestVersionDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseSamples_data();
    void parseSamples();
    void parseNovaRoot();
    void parseGlance();
    void parseDesignate();
    void parseErrors_data();
    void parseErrors();
    void hasVersionSegment_data();
    void hasVersionSegment();
    void rootOf_data();
    void rootOf();
    void pickFromSamples_data();
    void pickFromSamples();
    void pickPrefersCurrent();
    void pickComputeV21OverLegacy();
    void pickNothing();
    void versionedBase_data();
    void versionedBase();
    void negotiate_data();
    void negotiate();
    void negotiateServerMinimumTooHigh();
    void microversionOrder();
};

namespace {

std::optional<Microversion> mv(int major, int minor)
{
    return Microversion{major, minor};
}

ApiVersion version(const QString& id, const QString& status, std::optional<Microversion> min = {},
                   std::optional<Microversion> max = {}, const QString& self = {})
{
    ApiVersion v;
    v.id = id;
    v.status = status;
    v.minMicroversion = min;
    v.maxMicroversion = max;
    v.self = QUrl(self);
    return v;
}

QList<ApiVersion> parsedSample(const QString& name, QString& why)
{
    QByteArray body;
    if (!test::loadFixture(QStringLiteral("versions/") + name, body, why))
        return {};
    auto parsed = parse(body);
    if (!parsed.ok()) {
        why = parsed.error().message;
        return {};
    }
    return parsed.value();
}

} // namespace

void TestVersionDiscovery::parseSamples_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("firstId");
    QTest::addColumn<QString>("firstStatus");
    QTest::addColumn<QString>("firstMin"); // empty: no microversions
    QTest::addColumn<QString>("firstMax");
    QTest::addColumn<QString>("firstSelf");

    QTest::newRow("keystone {versions: {values}}")
        << QStringLiteral("versions-keystone.json") << 1 << QStringLiteral("v3.14") << QStringLiteral("stable")
        << QString() << QString() << QStringLiteral("http://127.0.0.1:5000/v3/");
    QTest::newRow("nova v2.1 single version")
        << QStringLiteral("versions-nova-v2.1.json") << 1 << QStringLiteral("v2.1") << QStringLiteral("CURRENT")
        << QStringLiteral("2.1") << QStringLiteral("2.93") << QStringLiteral("http://127.0.0.1:8774/v2.1/");
    QTest::newRow("cinder root") << QStringLiteral("versions-cinder.json") << 1 << QStringLiteral("v3.0")
                                 << QStringLiteral("CURRENT") << QStringLiteral("3.0") << QStringLiteral("3.70")
                                 << QStringLiteral("http://127.0.0.1:8776/v3/");
    QTest::newRow("cinder v3") << QStringLiteral("versions-cinder-v3.json") << 1 << QStringLiteral("v3.0")
                               << QStringLiteral("CURRENT") << QStringLiteral("3.0") << QStringLiteral("3.70")
                               << QStringLiteral("http://127.0.0.1:8776/v3/");
    QTest::newRow("neutron") << QStringLiteral("versions-neutron.json") << 1 << QStringLiteral("v2.0")
                             << QStringLiteral("CURRENT") << QString() << QString()
                             << QStringLiteral("http://127.0.0.1:9696/v2.0/");
    QTest::newRow("heat") << QStringLiteral("versions-heat.json") << 1 << QStringLiteral("v1.0")
                          << QStringLiteral("CURRENT") << QString() << QString()
                          << QStringLiteral("http://127.0.0.1:8004/v1/");
    // Placement says max_version, and its self link is "".
    QTest::newRow("placement max_version")
        << QStringLiteral("versions-placement.json") << 1 << QStringLiteral("v1.0") << QStringLiteral("CURRENT")
        << QStringLiteral("1.0") << QStringLiteral("1.39") << QString();
}

void TestVersionDiscovery::parseSamples()
{
    QFETCH(QString, fixture);
    QFETCH(int, count);
    QFETCH(QString, firstId);
    QFETCH(QString, firstStatus);
    QFETCH(QString, firstMin);
    QFETCH(QString, firstMax);
    QFETCH(QString, firstSelf);

    QString why;
    const QList<ApiVersion> versions = parsedSample(fixture, why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(versions.size(), count);
    const ApiVersion& v = versions.first();
    QCOMPARE(v.id, firstId);
    QCOMPARE(v.status, firstStatus);
    QCOMPARE(v.minMicroversion, Microversion::fromString(firstMin));
    QCOMPARE(v.maxMicroversion, Microversion::fromString(firstMax));
    QCOMPARE(v.minMicroversion.has_value(), !firstMin.isEmpty());
    QCOMPARE(v.self, QUrl(firstSelf));
}

void TestVersionDiscovery::parseNovaRoot()
{
    QString why;
    const QList<ApiVersion> versions = parsedSample(QStringLiteral("versions-nova.json"), why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(versions.size(), 2);
    // The legacy v2.0 writes "" for its (absent) microversions.
    QCOMPARE(versions.at(0).id, QStringLiteral("v2.0"));
    QCOMPARE(versions.at(0).status, QStringLiteral("SUPPORTED"));
    QVERIFY(!versions.at(0).minMicroversion.has_value());
    QVERIFY(!versions.at(0).maxMicroversion.has_value());
    QCOMPARE(versions.at(0).self, QUrl(QStringLiteral("http://127.0.0.1:8774/v2/")));
    QCOMPARE(versions.at(1).id, QStringLiteral("v2.1"));
    QCOMPARE(versions.at(1).minMicroversion, mv(2, 1));
    QCOMPARE(versions.at(1).maxMicroversion, mv(2, 93));
    QCOMPARE(versions.at(1).number(), mv(2, 1));
}

void TestVersionDiscovery::parseGlance()
{
    QString why;
    const QList<ApiVersion> versions = parsedSample(QStringLiteral("versions-glance.json"), why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QStringList ids;
    for (const ApiVersion& v : versions)
        ids.append(v.id);
    const QStringList expected{QStringLiteral("v2.15"), QStringLiteral("v2.9"), QStringLiteral("v2.7"),
                               QStringLiteral("v2.6"),  QStringLiteral("v2.5"), QStringLiteral("v2.4"),
                               QStringLiteral("v2.3"),  QStringLiteral("v2.2"), QStringLiteral("v2.1"),
                               QStringLiteral("v2.0")};
    QCOMPARE(ids, expected);
    QCOMPARE(versions.first().status, QStringLiteral("CURRENT"));
    QCOMPARE(versions.last().status, QStringLiteral("SUPPORTED"));
    QCOMPARE(versions.first().number(), mv(2, 15));
    QVERIFY(!versions.first().maxMicroversion.has_value());
}

void TestVersionDiscovery::parseDesignate()
{
    QString why;
    const QList<ApiVersion> versions = parsedSample(QStringLiteral("versions-designate.json"), why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).id, QStringLiteral("v2"));
    QCOMPARE(versions.at(0).number(), mv(2, 0));
    QCOMPARE(versions.at(1).id, QStringLiteral("v2.0"));
    QCOMPARE(versions.at(1).status, QStringLiteral("CURRENT"));
    // Designate's self link has no trailing slash.
    QCOMPARE(versions.at(1).self, QUrl(QStringLiteral("http://127.0.0.1:9001/v2")));
}

void TestVersionDiscovery::parseErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messageStart");

    QTest::newRow("not json") << QByteArray("<html>300 Multiple Choices</html>") << QStringLiteral("(body)");
    QTest::newRow("no versions") << QByteArray(R"({"links": []})") << QStringLiteral("versions: is missing");
    QTest::newRow("entry without id") << QByteArray(R"({"versions": [{"id": "v2.0"}, {"status": "CURRENT"}]})")
                                      << QStringLiteral("versions[1]: version.id: is missing");
    QTest::newRow("mistyped status") << QByteArray(R"({"version": {"id": "v2.1", "status": 1}})")
                                     << QStringLiteral("versions[0]: version.status: expected a string");
}

void TestVersionDiscovery::parseErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, messageStart);

    const auto parsed = parse(body);
    QVERIFY(!parsed.ok());
    QCOMPARE(kindName(parsed.error().kind), QStringLiteral("Parse"));
    QVERIFY2(parsed.error().message.startsWith(messageStart), qPrintable(parsed.error().message));
}

void TestVersionDiscovery::hasVersionSegment_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("versioned");

    QTest::newRow("devcloud compute") << QStringLiteral("http://127.0.0.1:8774/v2.1") << true;
    QTest::newRow("devcloud cinder") << QStringLiteral("http://127.0.0.1:8776/v3") << true;
    QTest::newRow("devcloud heat") << QStringLiteral("http://127.0.0.1:8004/v1/013bec1b6fa640868e7584a13300a8ac")
                                   << true;
    QTest::newRow("devcloud keystone") << QStringLiteral("http://127.0.0.1:5000/v3/") << true;
    QTest::newRow("devcloud neutron") << QStringLiteral("http://127.0.0.1:9696") << false;
    QTest::newRow("devcloud glance") << QStringLiteral("http://127.0.0.1:9292") << false;
    QTest::newRow("devcloud designate") << QStringLiteral("http://127.0.0.1:9001") << false;
    QTest::newRow("devcloud placement") << QStringLiteral("http://127.0.0.1:8778") << false;
    QTest::newRow("ovh compute") << QStringLiteral("https://compute.gra11.cloud.ovh.net/v2.1") << true;
    QTest::newRow("ovh volume") << QStringLiteral(
                                       "https://volume.compute.gra11.cloud.ovh.net/v3/0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5")
                                << true;
    QTest::newRow("ovh network") << QStringLiteral("https://network.compute.gra11.cloud.ovh.net/") << false;
    QTest::newRow("ovh image") << QStringLiteral("https://image.compute.gra11.cloud.ovh.net/") << false;
    QTest::newRow("devstack compute") << QStringLiteral("http://10.0.0.5/compute/v2.1") << true;
    QTest::newRow("devstack image") << QStringLiteral("http://10.0.0.5/image") << false;
    QTest::newRow("devstack placement") << QStringLiteral("http://10.0.0.5/placement") << false;
    QTest::newRow("path word starting with v") << QStringLiteral("https://cloud.example/volume") << false;
    QTest::newRow("v2beta is no version") << QStringLiteral("https://cloud.example/v2beta/") << false;
    QTest::newRow("version in the host only") << QStringLiteral("https://v2.cloud.example/") << false;
}

void TestVersionDiscovery::hasVersionSegment()
{
    QFETCH(QString, url);
    QFETCH(bool, versioned);
    QCOMPARE(VersionDiscovery::hasVersionSegment(QUrl(url)), versioned);
}

void TestVersionDiscovery::rootOf_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("root");

    QTest::newRow("compute") << QStringLiteral("http://127.0.0.1:8774/v2.1")
                             << QStringLiteral("http://127.0.0.1:8774/");
    QTest::newRow("cinder with project")
        << QStringLiteral("https://volume.compute.gra11.cloud.ovh.net/v3/0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5")
        << QStringLiteral("https://volume.compute.gra11.cloud.ovh.net/");
    QTest::newRow("heat with project") << QStringLiteral("http://127.0.0.1:8004/v1/013bec1b6fa640868e7584a13300a8ac")
                                       << QStringLiteral("http://127.0.0.1:8004/");
    QTest::newRow("keystone") << QStringLiteral("https://auth.cloud.ovh.net/v3/")
                              << QStringLiteral("https://auth.cloud.ovh.net/");
    QTest::newRow("unversioned, no slash")
        << QStringLiteral("http://127.0.0.1:9696") << QStringLiteral("http://127.0.0.1:9696/");
    QTest::newRow("unversioned, slash") << QStringLiteral("https://network.compute.gra11.cloud.ovh.net/")
                                        << QStringLiteral("https://network.compute.gra11.cloud.ovh.net/");
    QTest::newRow("devstack prefix kept")
        << QStringLiteral("http://10.0.0.5/compute/v2.1") << QStringLiteral("http://10.0.0.5/compute/");
    QTest::newRow("devstack unversioned")
        << QStringLiteral("http://10.0.0.5/placement") << QStringLiteral("http://10.0.0.5/placement/");
    QTest::newRow("query and fragment dropped")
        << QStringLiteral("http://127.0.0.1:8774/v2.1/servers?limit=1#x") << QStringLiteral("http://127.0.0.1:8774/");
}

void TestVersionDiscovery::rootOf()
{
    QFETCH(QString, url);
    QFETCH(QString, root);
    QCOMPARE(VersionDiscovery::rootOf(QUrl(url)), QUrl(root));
}

void TestVersionDiscovery::pickFromSamples_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<ServiceType>("service");
    QTest::addColumn<QString>("id");

    QTest::newRow("identity") << QStringLiteral("versions-keystone.json") << ServiceType::Identity
                              << QStringLiteral("v3.14");
    QTest::newRow("compute root") << QStringLiteral("versions-nova.json") << ServiceType::Compute
                                  << QStringLiteral("v2.1");
    QTest::newRow("compute v2.1") << QStringLiteral("versions-nova-v2.1.json") << ServiceType::Compute
                                  << QStringLiteral("v2.1");
    QTest::newRow("block-storage") << QStringLiteral("versions-cinder.json") << ServiceType::BlockStorage
                                   << QStringLiteral("v3.0");
    QTest::newRow("image") << QStringLiteral("versions-glance.json") << ServiceType::Image << QStringLiteral("v2.15");
    QTest::newRow("network") << QStringLiteral("versions-neutron.json") << ServiceType::Network
                             << QStringLiteral("v2.0");
    QTest::newRow("dns: CURRENT v2.0 over SUPPORTED v2")
        << QStringLiteral("versions-designate.json") << ServiceType::Dns << QStringLiteral("v2.0");
    QTest::newRow("orchestration") << QStringLiteral("versions-heat.json") << ServiceType::Orchestration
                                   << QStringLiteral("v1.0");
    QTest::newRow("placement") << QStringLiteral("versions-placement.json") << ServiceType::Placement
                               << QStringLiteral("v1.0");
}

void TestVersionDiscovery::pickFromSamples()
{
    QFETCH(QString, fixture);
    QFETCH(ServiceType, service);
    QFETCH(QString, id);

    QString why;
    const QList<ApiVersion> versions = parsedSample(fixture, why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const auto chosen = pick(versions, service);
    QVERIFY(chosen.has_value());
    QCOMPARE(chosen->id, id);
}

void TestVersionDiscovery::pickPrefersCurrent()
{
    const QList<ApiVersion> versions{version(QStringLiteral("v2.1"), QStringLiteral("SUPPORTED")),
                                     version(QStringLiteral("v2.3"), QStringLiteral("CURRENT")),
                                     version(QStringLiteral("v2.2"), QStringLiteral("DEPRECATED")),
                                     version(QStringLiteral("v1.0"), QStringLiteral("CURRENT"))};
    QCOMPARE(pick(versions, ServiceType::Image)->id, QStringLiteral("v2.3"));
    // Without a CURRENT one, SUPPORTED beats DEPRECATED wherever it is listed.
    const QList<ApiVersion> noCurrent{version(QStringLiteral("v2.2"), QStringLiteral("DEPRECATED")),
                                      version(QStringLiteral("v2.1"), QStringLiteral("SUPPORTED"))};
    QCOMPARE(pick(noCurrent, ServiceType::Image)->id, QStringLiteral("v2.1"));
    // Status is compared case-insensitively: Keystone says "stable".
    const QList<ApiVersion> lowercase{version(QStringLiteral("v3.12"), QStringLiteral("deprecated")),
                                      version(QStringLiteral("v3.14"), QStringLiteral("stable"))};
    QCOMPARE(pick(lowercase, ServiceType::Identity)->id, QStringLiteral("v3.14"));
}

void TestVersionDiscovery::pickComputeV21OverLegacy()
{
    // Even a cloud that (wrongly) marks the legacy v2.0 CURRENT gets v2.1: only it has microversions.
    const QList<ApiVersion> versions{version(QStringLiteral("v2.0"), QStringLiteral("CURRENT")),
                                     version(QStringLiteral("v2.1"), QStringLiteral("SUPPORTED"), mv(2, 1), mv(2, 60))};
    QCOMPARE(pick(versions, ServiceType::Compute)->id, QStringLiteral("v2.1"));
    // And the legacy one alone is still taken rather than nothing.
    const QList<ApiVersion> legacyOnly{version(QStringLiteral("v2.0"), QStringLiteral("SUPPORTED"))};
    QCOMPARE(pick(legacyOnly, ServiceType::Compute)->id, QStringLiteral("v2.0"));
}

void TestVersionDiscovery::pickNothing()
{
    QVERIFY(!pick({}, ServiceType::Compute).has_value());
    // Keystone v2.0 only: nothing we speak.
    const QList<ApiVersion> v2only{version(QStringLiteral("v2.0"), QStringLiteral("DEPRECATED"))};
    QVERIFY(!pick(v2only, ServiceType::Identity).has_value());
    // Cinder's v2 is not v3.
    const QList<ApiVersion> cinderV2{version(QStringLiteral("v2.0"), QStringLiteral("CURRENT"))};
    QVERIFY(!pick(cinderV2, ServiceType::BlockStorage).has_value());
    // An unreadable id is skipped, not guessed.
    const QList<ApiVersion> garbage{version(QStringLiteral("latest"), QStringLiteral("CURRENT"))};
    QVERIFY(!pick(garbage, ServiceType::Image).has_value());
}

void TestVersionDiscovery::versionedBase_data()
{
    QTest::addColumn<QString>("catalogUrl");
    QTest::addColumn<ServiceType>("service");
    QTest::addColumn<QString>("chosenSelf"); // empty: discovery found nothing
    QTest::addColumn<QString>("base");

    const QString ovhProject = QStringLiteral("0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5");
    QTest::newRow("devcloud compute kept")
        << QStringLiteral("http://127.0.0.1:8774/v2.1") << ServiceType::Compute
        << QStringLiteral("http://127.0.0.1:8774/v2.1/") << QStringLiteral("http://127.0.0.1:8774/v2.1/");
    QTest::newRow("devcloud neutron gets v2.0")
        << QStringLiteral("http://127.0.0.1:9696") << ServiceType::Network
        << QStringLiteral("http://127.0.0.1:9696/v2.0/") << QStringLiteral("http://127.0.0.1:9696/v2.0/");
    QTest::newRow("devcloud glance gets v2")
        << QStringLiteral("http://127.0.0.1:9292") << ServiceType::Image << QStringLiteral("http://127.0.0.1:9292/v2/")
        << QStringLiteral("http://127.0.0.1:9292/v2/");
    QTest::newRow("devcloud designate gets v2")
        << QStringLiteral("http://127.0.0.1:9001") << ServiceType::Dns << QStringLiteral("http://127.0.0.1:9001/v2")
        << QStringLiteral("http://127.0.0.1:9001/v2/");
    QTest::newRow("devcloud cinder kept")
        << QStringLiteral("http://127.0.0.1:8776/v3") << ServiceType::BlockStorage
        << QStringLiteral("http://127.0.0.1:8776/v3/") << QStringLiteral("http://127.0.0.1:8776/v3/");
    QTest::newRow("devcloud heat kept") << QStringLiteral("http://127.0.0.1:8004/v1/013bec1b6fa640868e7584a13300a8ac")
                                        << ServiceType::Orchestration << QStringLiteral("http://127.0.0.1:8004/v1/")
                                        << QStringLiteral("http://127.0.0.1:8004/v1/013bec1b6fa640868e7584a13300a8ac/");
    QTest::newRow("devcloud placement unchanged") << QStringLiteral("http://127.0.0.1:8778") << ServiceType::Placement
                                                  << QString() << QStringLiteral("http://127.0.0.1:8778/");
    QTest::newRow("devcloud keystone kept")
        << QStringLiteral("http://127.0.0.1:5000/v3/") << ServiceType::Identity
        << QStringLiteral("http://127.0.0.1:5000/v3/") << QStringLiteral("http://127.0.0.1:5000/v3/");
    QTest::newRow("ovh compute kept") << QStringLiteral("https://compute.gra11.cloud.ovh.net/v2.1")
                                      << ServiceType::Compute << QString()
                                      << QStringLiteral("https://compute.gra11.cloud.ovh.net/v2.1/");
    QTest::newRow("ovh network, no discovery")
        << QStringLiteral("https://network.compute.gra11.cloud.ovh.net/") << ServiceType::Network << QString()
        << QStringLiteral("https://network.compute.gra11.cloud.ovh.net/v2.0/");
    // Behind a TLS terminator the service advertises its internal address: only the version is taken.
    QTest::newRow("ovh network, internal self link")
        << QStringLiteral("https://network.compute.gra11.cloud.ovh.net/") << ServiceType::Network
        << QStringLiteral("http://10.1.2.3:9696/v2.0/")
        << QStringLiteral("https://network.compute.gra11.cloud.ovh.net/v2.0/");
    QTest::newRow("ovh image, no discovery")
        << QStringLiteral("https://image.compute.gra11.cloud.ovh.net/") << ServiceType::Image << QString()
        << QStringLiteral("https://image.compute.gra11.cloud.ovh.net/v2/");
    QTest::newRow("ovh volume kept") << QString(QStringLiteral("https://volume.compute.gra11.cloud.ovh.net/v3/") +
                                                ovhProject)
                                     << ServiceType::BlockStorage << QString()
                                     << QString(QStringLiteral("https://volume.compute.gra11.cloud.ovh.net/v3/") +
                                                ovhProject + u'/');
    QTest::newRow("ovh heat kept") << QString(QStringLiteral("https://orchestration.gra11.cloud.ovh.net/v1/") +
                                              ovhProject)
                                   << ServiceType::Orchestration << QString()
                                   << QString(QStringLiteral("https://orchestration.gra11.cloud.ovh.net/v1/") +
                                              ovhProject + u'/');
    QTest::newRow("ovh dns, no discovery") << QStringLiteral("https://dns.gra11.cloud.ovh.net/") << ServiceType::Dns
                                           << QString() << QStringLiteral("https://dns.gra11.cloud.ovh.net/v2/");
    QTest::newRow("devstack image under a path")
        << QStringLiteral("http://10.0.0.5/image") << ServiceType::Image << QStringLiteral("http://10.0.0.5/image/v2/")
        << QStringLiteral("http://10.0.0.5/image/v2/");
    QTest::newRow("devstack placement under a path")
        << QStringLiteral("http://10.0.0.5/placement") << ServiceType::Placement
        << QStringLiteral("http://10.0.0.5/placement/") << QStringLiteral("http://10.0.0.5/placement/");
    // A self link without a version segment falls back to the default path.
    QTest::newRow("self link without version")
        << QStringLiteral("http://127.0.0.1:9696") << ServiceType::Network << QStringLiteral("http://127.0.0.1:9696/")
        << QStringLiteral("http://127.0.0.1:9696/v2.0/");
}

void TestVersionDiscovery::versionedBase()
{
    QFETCH(QString, catalogUrl);
    QFETCH(ServiceType, service);
    QFETCH(QString, chosenSelf);
    QFETCH(QString, base);

    std::optional<ApiVersion> chosen;
    if (!chosenSelf.isEmpty())
        chosen = version(QStringLiteral("vX"), QStringLiteral("CURRENT"), {}, {}, chosenSelf);
    const QUrl result = VersionDiscovery::versionedBase(QUrl(catalogUrl), service, chosen);
    QCOMPARE(result, QUrl(base));
    QVERIFY(result.path().endsWith(u'/'));
}

void TestVersionDiscovery::negotiate_data()
{
    QTest::addColumn<ServiceType>("service");
    QTest::addColumn<QString>("serverMin");
    QTest::addColumn<QString>("serverMax");
    QTest::addColumn<QString>("expected"); // empty: no microversion header at all

    QTest::newRow("nova 2.93 -> ours 2.79")
        << ServiceType::Compute << QStringLiteral("2.1") << QStringLiteral("2.93") << QStringLiteral("2.79");
    QTest::newRow("older nova 2.60 -> 2.60")
        << ServiceType::Compute << QStringLiteral("2.1") << QStringLiteral("2.60") << QStringLiteral("2.60");
    QTest::newRow("nova exactly ours") << ServiceType::Compute << QStringLiteral("2.1") << QStringLiteral("2.79")
                                       << QStringLiteral("2.79");
    QTest::newRow("2.100 is above 2.79") << ServiceType::Compute << QStringLiteral("2.1") << QStringLiteral("2.100")
                                         << QStringLiteral("2.79");
    QTest::newRow("server minimum equal to ours")
        << ServiceType::Compute << QStringLiteral("2.79") << QStringLiteral("2.93") << QStringLiteral("2.79");
    QTest::newRow("cinder 3.70 -> ours 3.60")
        << ServiceType::BlockStorage << QStringLiteral("3.0") << QStringLiteral("3.70") << QStringLiteral("3.60");
    QTest::newRow("cinder 3.59 -> 3.59") << ServiceType::BlockStorage << QStringLiteral("3.0") << QStringLiteral("3.59")
                                         << QStringLiteral("3.59");
    QTest::newRow("placement 1.39") << ServiceType::Placement << QStringLiteral("1.0") << QStringLiteral("1.39")
                                    << QStringLiteral("1.39");
    QTest::newRow("placement 1.36") << ServiceType::Placement << QStringLiteral("1.0") << QStringLiteral("1.36")
                                    << QStringLiteral("1.36");
    QTest::newRow("legacy compute v2.0: none") << ServiceType::Compute << QString() << QString() << QString();
    QTest::newRow("neutron: none") << ServiceType::Network << QString() << QString() << QString();
    QTest::newRow("glance: none") << ServiceType::Image << QString() << QString() << QString();
    // A service we do not send microversions to stays without, whatever it offers.
    QTest::newRow("heat with microversions: none")
        << ServiceType::Orchestration << QStringLiteral("1.0") << QStringLiteral("1.5") << QString();
}

void TestVersionDiscovery::negotiate()
{
    QFETCH(ServiceType, service);
    QFETCH(QString, serverMin);
    QFETCH(QString, serverMax);
    QFETCH(QString, expected);

    const ApiVersion server = version(QStringLiteral("v"), QStringLiteral("CURRENT"),
                                      Microversion::fromString(serverMin), Microversion::fromString(serverMax));
    const auto result = VersionDiscovery::negotiate(service, server);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result.value(), Microversion::fromString(expected));
    QCOMPARE(result.value().has_value(), !expected.isEmpty());
}

void TestVersionDiscovery::negotiateServerMinimumTooHigh()
{
    const ApiVersion server = version(QStringLiteral("v2.1"), QStringLiteral("CURRENT"), mv(2, 80), mv(2, 95));
    const auto result = VersionDiscovery::negotiate(ServiceType::Compute, server);
    QVERIFY(!result.ok());
    QCOMPARE(kindName(result.error().kind), QStringLiteral("Unsupported"));
    QCOMPARE(result.error().service, QStringLiteral("compute"));
    QVERIFY2(result.error().message.contains(u"2.80") && result.error().message.contains(u"2.79"),
             qPrintable(result.error().message));

    // The real Nova root, negotiated end to end.
    QString why;
    const QList<ApiVersion> nova = parsedSample(QStringLiteral("versions-nova.json"), why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const auto chosen = pick(nova, ServiceType::Compute);
    QVERIFY(chosen.has_value());
    const auto negotiated = VersionDiscovery::negotiate(ServiceType::Compute, *chosen);
    QVERIFY(negotiated.ok());
    QCOMPARE(negotiated.value(), mv(2, 79));
}

void TestVersionDiscovery::microversionOrder()
{
    QCOMPARE(Microversion::fromString(u"2.79"), mv(2, 79));
    QCOMPARE(Microversion::fromString(u"v3.70"), mv(3, 70));
    QCOMPARE(Microversion::fromString(u"latest"), std::optional<Microversion>());
    QCOMPARE(Microversion::fromString(u"2.latest"), std::optional<Microversion>());
    QCOMPARE(Microversion::fromString(u""), std::optional<Microversion>());
    QCOMPARE(Microversion::fromString(u"2"), std::optional<Microversion>());
    QVERIFY(*mv(2, 10) > *mv(2, 9));
    QVERIFY(*mv(3, 0) > *mv(2, 93));
    QCOMPARE(mv(2, 79)->toString(), QStringLiteral("2.79"));
}

QTEST_GUILESS_MAIN(TestVersionDiscovery)
#include "tst_versiondiscovery.moc"
