// ServiceCatalog: endpoint selection by service type (with aliases), interface and region, on the
// dev cloud's real catalog and on an OVHcloud-like two-region catalog (GRA11, SBG5).

#include "core/catalog.h"
#include "core/token.h"

#include "testdata.h"

#include <QJsonArray>
#include <QTest>

using namespace zenith;

Q_DECLARE_METATYPE(zenith::ServiceType)

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ovhEndpoint_data();
    void ovhEndpoint();
    void ovhMissingEndpoint_data();
    void ovhMissingEndpoint();
    void devcloudEndpoints();
    void regions();
    void blockStorageAliases_data();
    void blockStorageAliases();
    void officialTypeWinsOverAlias();
    void hasService();
    void olderRegionField();
    void brokenCatalog_data();
    void brokenCatalog();

private:
    ServiceCatalog m_ovh;
    ServiceCatalog m_devcloud;
};

namespace {

const QString kProject = QStringLiteral("0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5");

QJsonObject endpoint(const QString& interface, const QString& region, const QString& url)
{
    return QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("e-") + interface + region)},
                       {QStringLiteral("interface"), interface},
                       {QStringLiteral("region_id"), region},
                       {QStringLiteral("region"), region},
                       {QStringLiteral("url"), url}};
}

QJsonObject service(const QString& type, const QJsonArray& endpoints)
{
    return QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("s-") + type)},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("name"), type},
                       {QStringLiteral("endpoints"), endpoints}};
}

ServiceCatalog catalogOf(const QJsonArray& services)
{
    auto c = ServiceCatalog::fromJson(services);
    if (!c.ok())
        qFatal("test catalog does not parse: %s", qPrintable(c.error().message));
    return c.value();
}

} // namespace

void TestCatalog::initTestCase()
{
    ZENITH_JSON_FIXTURE(ovh, QStringLiteral("identity/token-ovh-multiregion.json"));
    auto ovhToken = Token::fromJson(ovh);
    QVERIFY2(ovhToken.ok(), ovhToken.ok() ? "" : qPrintable(ovhToken.error().message));
    m_ovh = ovhToken->catalog;

    ZENITH_JSON_FIXTURE(devcloud, QStringLiteral("identity/keystone-token-admin.json"));
    auto devToken = Token::fromJson(devcloud);
    QVERIFY2(devToken.ok(), devToken.ok() ? "" : qPrintable(devToken.error().message));
    m_devcloud = devToken->catalog;
}

void TestCatalog::ovhEndpoint_data()
{
    QTest::addColumn<ServiceType>("type");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("url");

    using T = ServiceType;
    QTest::newRow("compute public GRA11") << T::Compute << QStringLiteral("public") << QStringLiteral("GRA11")
                                          << QStringLiteral("https://compute.gra11.cloud.ovh.net/v2.1");
    QTest::newRow("compute public SBG5") << T::Compute << QStringLiteral("public") << QStringLiteral("SBG5")
                                         << QStringLiteral("https://compute.sbg5.cloud.ovh.net/v2.1");
    QTest::newRow("compute publicURL SBG5") << T::Compute << QStringLiteral("publicURL") << QStringLiteral("SBG5")
                                            << QStringLiteral("https://compute.sbg5.cloud.ovh.net/v2.1");
    QTest::newRow("compute PUBLIC SBG5") << T::Compute << QStringLiteral("PUBLIC") << QStringLiteral("SBG5")
                                         << QStringLiteral("https://compute.sbg5.cloud.ovh.net/v2.1");
    QTest::newRow("compute default interface") << T::Compute << QString() << QStringLiteral("SBG5")
                                               << QStringLiteral("https://compute.sbg5.cloud.ovh.net/v2.1");
    QTest::newRow("compute any region") << T::Compute << QStringLiteral("public") << QString()
                                        << QStringLiteral("https://compute.gra11.cloud.ovh.net/v2.1");
    QTest::newRow("compute internal GRA11") << T::Compute << QStringLiteral("internal") << QStringLiteral("GRA11")
                                            << QStringLiteral("http://compute.gra11.int.cloud.ovh.net:8774/v2.1");
    QTest::newRow("compute internalURL SBG5") << T::Compute << QStringLiteral("internalURL") << QStringLiteral("SBG5")
                                              << QStringLiteral("http://compute.sbg5.int.cloud.ovh.net:8774/v2.1");
    QTest::newRow("compute admin GRA11") << T::Compute << QStringLiteral("admin") << QStringLiteral("GRA11")
                                         << QStringLiteral("http://compute.gra11.adm.cloud.ovh.net:8774/v2.1");
    QTest::newRow("network public SBG5") << T::Network << QStringLiteral("public") << QStringLiteral("SBG5")
                                         << QStringLiteral("https://network.compute.sbg5.cloud.ovh.net/");
    QTest::newRow("block-storage public GRA11")
        << T::BlockStorage << QStringLiteral("public") << QStringLiteral("GRA11")
        << QString(QStringLiteral("https://volume.compute.gra11.cloud.ovh.net/v3/") + kProject);
    QTest::newRow("block-storage internal SBG5")
        << T::BlockStorage << QStringLiteral("internal") << QStringLiteral("SBG5")
        << QString(QStringLiteral("http://volume.sbg5.int.cloud.ovh.net:8776/v3/") + kProject);
    QTest::newRow("image public SBG5") << T::Image << QStringLiteral("public") << QStringLiteral("SBG5")
                                       << QStringLiteral("https://image.compute.sbg5.cloud.ovh.net/");
    QTest::newRow("dns public GRA11") << T::Dns << QStringLiteral("public") << QStringLiteral("GRA11")
                                      << QStringLiteral("https://dns.gra11.cloud.ovh.net/");
    QTest::newRow("orchestration internal SBG5")
        << T::Orchestration << QStringLiteral("internal") << QStringLiteral("SBG5")
        << QString(QStringLiteral("http://orchestration.sbg5.int.cloud.ovh.net:8004/v1/") + kProject);
    QTest::newRow("identity public SBG5") << T::Identity << QStringLiteral("public") << QStringLiteral("SBG5")
                                          << QStringLiteral("https://auth.cloud.ovh.net/v3/");
    QTest::newRow("placement admin GRA11") << T::Placement << QStringLiteral("admin") << QStringLiteral("GRA11")
                                           << QStringLiteral("http://placement.gra11.adm.cloud.ovh.net:8778/");
}

void TestCatalog::ovhEndpoint()
{
    QFETCH(ServiceType, type);
    QFETCH(QString, interface);
    QFETCH(QString, region);
    QFETCH(QString, url);

    const auto found = m_ovh.endpoint(type, interface, region);
    QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
    QCOMPARE(found.value(), QUrl(url));
}

void TestCatalog::ovhMissingEndpoint_data()
{
    QTest::addColumn<ServiceType>("type");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QStringList>("messageParts");

    QTest::newRow("dns absent in SBG5") << ServiceType::Dns << QStringLiteral("public") << QStringLiteral("SBG5")
                                        << QStringList{QStringLiteral("dns"), QStringLiteral("public"),
                                                       QStringLiteral("region SBG5")};
    QTest::newRow("unknown region") << ServiceType::Compute << QStringLiteral("public") << QStringLiteral("BHS5")
                                    << QStringList{QStringLiteral("compute"), QStringLiteral("region BHS5")};
    QTest::newRow("unknown interface") << ServiceType::Network << QStringLiteral("private") << QStringLiteral("GRA11")
                                       << QStringList{QStringLiteral("network"), QStringLiteral("private")};
    // Region names are compared exactly, as Keystone stores them.
    QTest::newRow("region case") << ServiceType::Compute << QStringLiteral("public") << QStringLiteral("gra11")
                                 << QStringList{QStringLiteral("compute"), QStringLiteral("region gra11")};
}

void TestCatalog::ovhMissingEndpoint()
{
    QFETCH(ServiceType, type);
    QFETCH(QString, interface);
    QFETCH(QString, region);
    QFETCH(QStringList, messageParts);

    const auto found = m_ovh.endpoint(type, interface, region);
    QVERIFY(!found.ok());
    QCOMPARE(kindName(found.error().kind), QStringLiteral("Unsupported"));
    QCOMPARE(found.error().service, serviceTypeName(type));
    QCOMPARE(found.error().httpStatus, 0);
    for (const QString& part : messageParts)
        QVERIFY2(found.error().message.contains(part), qPrintable(found.error().message));
}

void TestCatalog::devcloudEndpoints()
{
    const QString region = QStringLiteral("RegionOne");
    QCOMPARE(m_devcloud.endpoint(ServiceType::Compute, QStringLiteral("public"), region).value(),
             QUrl(QStringLiteral("http://127.0.0.1:8774/v2.1")));
    QCOMPARE(m_devcloud.endpoint(ServiceType::BlockStorage, QStringLiteral("public"), region).value(),
             QUrl(QStringLiteral("http://127.0.0.1:8776/v3")));
    QCOMPARE(m_devcloud.endpoint(ServiceType::Orchestration, QStringLiteral("public"), region).value(),
             QUrl(QStringLiteral("http://127.0.0.1:8004/v1/013bec1b6fa640868e7584a13300a8ac")));
    QCOMPARE(m_devcloud.endpoint(ServiceType::Identity, QStringLiteral("internal"), region).value(),
             QUrl(QStringLiteral("http://127.0.0.1:5000/v3/")));
    QCOMPARE(m_devcloud.endpoint(ServiceType::Dns, QStringLiteral("public"), QString()).value(),
             QUrl(QStringLiteral("http://127.0.0.1:9001")));
    QCOMPARE(m_devcloud.endpoint(ServiceType::Placement, QStringLiteral("admin"), region).value(),
             QUrl(QStringLiteral("http://127.0.0.1:8778")));
    QVERIFY(!m_devcloud.endpoint(ServiceType::Compute, QStringLiteral("public"), QStringLiteral("GRA11")).ok());
}

void TestCatalog::regions()
{
    QCOMPARE(m_ovh.regions(), (QStringList{QStringLiteral("GRA11"), QStringLiteral("SBG5")}));
    QCOMPARE(m_devcloud.regions(), QStringList{QStringLiteral("RegionOne")});
    QVERIFY(ServiceCatalog().regions().isEmpty());

    // First appearance decides the order, whatever service it is on.
    const ServiceCatalog c = catalogOf(QJsonArray{
        service(QStringLiteral("compute"), QJsonArray{endpoint(QStringLiteral("public"), QStringLiteral("SBG5"),
                                                               QStringLiteral("https://c.sbg5.example/v2.1"))}),
        service(QStringLiteral("network"), QJsonArray{endpoint(QStringLiteral("public"), QStringLiteral("GRA11"),
                                                               QStringLiteral("https://n.gra11.example/")),
                                                      endpoint(QStringLiteral("public"), QStringLiteral("SBG5"),
                                                               QStringLiteral("https://n.sbg5.example/"))}),
    });
    QCOMPARE(c.regions(), (QStringList{QStringLiteral("SBG5"), QStringLiteral("GRA11")}));
}

void TestCatalog::blockStorageAliases_data()
{
    QTest::addColumn<QString>("catalogType");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("block-storage") << QStringLiteral("block-storage") << true;
    QTest::newRow("volumev3") << QStringLiteral("volumev3") << true;
    QTest::newRow("volume") << QStringLiteral("volume") << true;
    // Cinder's v2 API is gone; our requests speak v3 only.
    QTest::newRow("volumev2") << QStringLiteral("volumev2") << false;
    QTest::newRow("compute") << QStringLiteral("compute") << false;
}

void TestCatalog::blockStorageAliases()
{
    QFETCH(QString, catalogType);
    QFETCH(bool, accepted);

    const QString url = QStringLiteral("https://volume.compute.gra11.cloud.ovh.net/v3/") + kProject;
    const ServiceCatalog c = catalogOf(
        QJsonArray{service(catalogType, QJsonArray{endpoint(QStringLiteral("public"), QStringLiteral("GRA11"), url)})});
    const auto found = c.endpoint(ServiceType::BlockStorage, QStringLiteral("public"), QStringLiteral("GRA11"));
    QCOMPARE(found.ok(), accepted);
    QCOMPARE(c.hasService(ServiceType::BlockStorage), accepted);
    if (accepted)
        QCOMPARE(found.value(), QUrl(url));
    else
        QCOMPARE(kindName(found.error().kind), QStringLiteral("Unsupported"));
}

void TestCatalog::officialTypeWinsOverAlias()
{
    // Listed after the alias in the catalog, the official type is still preferred...
    const ServiceCatalog c = catalogOf(QJsonArray{
        service(QStringLiteral("volumev3"), QJsonArray{endpoint(QStringLiteral("public"), QStringLiteral("GRA11"),
                                                                QStringLiteral("https://old.gra11.example/v3/p")),
                                                       endpoint(QStringLiteral("public"), QStringLiteral("BHS5"),
                                                                QStringLiteral("https://old.bhs5.example/v3/p"))}),
        service(QStringLiteral("block-storage"),
                QJsonArray{endpoint(QStringLiteral("public"), QStringLiteral("GRA11"),
                                    QStringLiteral("https://new.gra11.example/v3/p"))}),
    });
    QCOMPARE(c.endpoint(ServiceType::BlockStorage, QStringLiteral("public"), QStringLiteral("GRA11")).value(),
             QUrl(QStringLiteral("https://new.gra11.example/v3/p")));
    QCOMPARE(c.endpoint(ServiceType::BlockStorage, QStringLiteral("public"), QString()).value(),
             QUrl(QStringLiteral("https://new.gra11.example/v3/p")));
    // ...but an alias that has the region beats an official type that lacks it.
    QCOMPARE(c.endpoint(ServiceType::BlockStorage, QStringLiteral("public"), QStringLiteral("BHS5")).value(),
             QUrl(QStringLiteral("https://old.bhs5.example/v3/p")));
}

void TestCatalog::hasService()
{
    using T = ServiceType;
    for (T t : {T::Identity, T::Compute, T::Network, T::BlockStorage, T::Image, T::Dns, T::Orchestration, T::Placement})
        QVERIFY2(m_ovh.hasService(t), qPrintable(serviceTypeName(t)));
    const ServiceCatalog computeOnly = catalogOf(
        QJsonArray{service(QStringLiteral("compute"), QJsonArray{endpoint(QStringLiteral("public"), QStringLiteral("R"),
                                                                          QStringLiteral("https://c/v2.1"))})});
    QVERIFY(computeOnly.hasService(T::Compute));
    QVERIFY(!computeOnly.hasService(T::Network));
    QVERIFY(!computeOnly.hasService(T::Dns));
    QVERIFY(!ServiceCatalog().hasService(T::Compute));
    QVERIFY(ServiceCatalog().isEmpty());
}

void TestCatalog::olderRegionField()
{
    // Before Keystone's region_id, endpoints only had `region`.
    const QJsonObject e{{QStringLiteral("interface"), QStringLiteral("public")},
                        {QStringLiteral("region"), QStringLiteral("RegionOne")},
                        {QStringLiteral("url"), QStringLiteral("http://controller:9696")}};
    const auto parsed = CatalogEndpoint::fromJson(e);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->region, QStringLiteral("RegionOne"));
    QCOMPARE(parsed->url, QUrl(QStringLiteral("http://controller:9696")));
    QVERIFY(parsed->id.isEmpty());

    // region_id wins when both are there and differ.
    QJsonObject both = e;
    both.insert(QStringLiteral("region_id"), QStringLiteral("RegionTwo"));
    QCOMPARE(CatalogEndpoint::fromJson(both)->region, QStringLiteral("RegionTwo"));
}

void TestCatalog::brokenCatalog_data()
{
    QTest::addColumn<QJsonArray>("catalog");
    QTest::addColumn<QStringList>("messageParts");

    const QJsonObject good = endpoint(QStringLiteral("public"), QStringLiteral("R"), QStringLiteral("https://c/v2.1"));
    QJsonObject noUrl = good;
    noUrl.remove(QStringLiteral("url"));
    QJsonObject badUrl = good;
    badUrl.insert(QStringLiteral("url"), QStringLiteral("compute.example/v2.1"));
    QJsonObject noInterface = good;
    noInterface.remove(QStringLiteral("interface"));
    QJsonObject noType = service(QStringLiteral("compute"), QJsonArray{good});
    noType.remove(QStringLiteral("type"));
    QJsonObject noEndpoints = service(QStringLiteral("compute"), QJsonArray{});
    noEndpoints.remove(QStringLiteral("endpoints"));

    const QJsonObject ok = service(QStringLiteral("identity"), QJsonArray{good});
    QTest::newRow("endpoint without url") << QJsonArray{ok, service(QStringLiteral("compute"), QJsonArray{good, noUrl})}
                                          << QStringList{QStringLiteral("catalog[1]"), QStringLiteral("endpoints[1]"),
                                                         QStringLiteral("url"), QStringLiteral("is missing")};
    QTest::newRow("relative url") << QJsonArray{service(QStringLiteral("compute"), QJsonArray{badUrl})}
                                  << QStringList{QStringLiteral("catalog[0]"), QStringLiteral("url"),
                                                 QStringLiteral("compute.example/v2.1")};
    QTest::newRow("endpoint without interface")
        << QJsonArray{service(QStringLiteral("compute"), QJsonArray{noInterface})}
        << QStringList{QStringLiteral("catalog[0]"), QStringLiteral("interface")};
    QTest::newRow("service without type")
        << QJsonArray{ok, ok, noType} << QStringList{QStringLiteral("catalog[2]"), QStringLiteral("type")};
    QTest::newRow("service without endpoints")
        << QJsonArray{noEndpoints} << QStringList{QStringLiteral("catalog[0]"), QStringLiteral("endpoints")};
    QTest::newRow("service not an object")
        << QJsonArray{ok, QStringLiteral("compute")} << QStringList{QStringLiteral("catalog[1]")};
}

void TestCatalog::brokenCatalog()
{
    QFETCH(QJsonArray, catalog);
    QFETCH(QStringList, messageParts);

    const auto parsed = ServiceCatalog::fromJson(catalog);
    QVERIFY(!parsed.ok());
    QCOMPARE(kindName(parsed.error().kind), QStringLiteral("Parse"));
    for (const QString& part : messageParts)
        QVERIFY2(parsed.error().message.contains(part), qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
