// Paging markers from list bodies shaped as each service sends them: Nova's servers_links and
// keypairs_links, Neutron's networks_links (next and previous), Cinder's volumes_links, Glance's
// "next" string and Designate's links object. See tests/data/README.md.

#include "core/paging.h"

#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace zenith;

class TestPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markerFromLink_data();
    void markerFromLink();
    void linksArrays_data();
    void linksArrays();
    void lastPages_data();
    void lastPages();
    void onlyRelNextCounts();
    void glanceNext();
    void designateLinks();
    void designateLastPage();
    void peekAgreesWithTheFullRead_data();
    void peekAgreesWithTheFullRead();
    void peekIsNotFooledByItems();
    void peekGivesUpWhenLinksComeFirst();
};

using OptString = std::optional<QString>;

namespace QTest {
template <> inline char* toString(const OptString& marker)
{
    return marker ? QTest::toString(*marker) : qstrdup("nullopt");
}
} // namespace QTest

void TestPaging::markerFromLink_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<OptString>("marker");

    QTest::newRow("glance relative") << QStringLiteral("/v2/images?marker=f5769f6a-5a5d-4c8b-92d3-eb2e966d9c79&limit=1")
                                     << OptString(QStringLiteral("f5769f6a-5a5d-4c8b-92d3-eb2e966d9c79"));
    QTest::newRow("absolute, marker last")
        << QStringLiteral("https://network.compute.gra11.cloud.ovh.net/v2.0/networks?limit=2&marker=71c1e68c")
        << OptString(QStringLiteral("71c1e68c"));
    QTest::newRow("marker between") << QStringLiteral("http://h/v2.1/flavors?limit=1&marker=m1.tiny&sort_key=name")
                                    << OptString(QStringLiteral("m1.tiny"));
    QTest::newRow("percent-encoded UTF-8") << QStringLiteral("http://h/v2.1/os-keypairs?marker=cl%C3%A9%20lab&limit=1")
                                           << OptString(QStringLiteral("clé lab"));
    QTest::newRow("encoded slash and ampersand")
        << QStringLiteral("http://h/v2.1/flavors?marker=a%2Fb%26c&limit=1") << OptString(QStringLiteral("a/b&c"));
    // Python's urlencode(), which every service uses for its links, writes a space as "+" and a
    // plus as "%2B"; webob decodes them back that way.
    QTest::newRow("plus is a space") << QStringLiteral("http://h/v2.1/os-keypairs?limit=1&marker=lab+key")
                                     << OptString(QStringLiteral("lab key"));
    QTest::newRow("%2B is a plus") << QStringLiteral("http://h/v2.1/flavors?limit=1&marker=a%2Bb")
                                   << OptString(QStringLiteral("a+b"));
    QTest::newRow("no marker") << QStringLiteral("/v2/images?limit=1") << OptString();
    QTest::newRow("empty marker") << QStringLiteral("/v2/images?marker=&limit=1") << OptString();
    QTest::newRow("no query") << QStringLiteral("https://dns.gra11.cloud.ovh.net/v2/zones") << OptString();
    QTest::newRow("empty href") << QString() << OptString();
    QTest::newRow("marker-like key") << QStringLiteral("/v2/images?previous_marker=abc") << OptString();
}

void TestPaging::markerFromLink()
{
    QFETCH(QString, href);
    QFETCH(OptString, marker);
    QCOMPARE(zenith::markerFromLink(href), marker);
}

void TestPaging::linksArrays_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("linksKey");
    QTest::addColumn<QString>("marker");

    QTest::newRow("nova servers/detail") << QStringLiteral("paging/nova-servers-detail-page.json")
                                         << QStringLiteral("servers_links")
                                         << QStringLiteral("1ef1cd06-a958-40fe-9c52-a5cd2ad3dbfe");
    QTest::newRow("nova keypairs, name marker") << QStringLiteral("paging/nova-keypairs-page.json")
                                                << QStringLiteral("keypairs_links") << QStringLiteral("lab key é");
    QTest::newRow("neutron networks") << QStringLiteral("paging/neutron-networks-page.json")
                                      << QStringLiteral("networks_links")
                                      << QStringLiteral("71c1e68c-171a-4aa2-aca5-50ea153a3718");
    QTest::newRow("cinder volumes/detail")
        << QStringLiteral("paging/cinder-volumes-detail-page.json") << QStringLiteral("volumes_links")
        << QStringLiteral("b104b8db-170d-441b-897a-3c8ba9c5a214");
}

void TestPaging::linksArrays()
{
    QFETCH(QString, fixture);
    QFETCH(QString, linksKey);
    QFETCH(QString, marker);
    ZENITH_JSON_FIXTURE(body, fixture);

    QVERIFY(body.value(linksKey).isArray());
    QCOMPARE(nextMarkerFromLinks(body.value(linksKey).toArray()), OptString(marker));
}

void TestPaging::lastPages_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("linksKey");

    // Real dev-cloud lists that fit in one page: no links at all.
    QTest::newRow("nova servers/detail, devcloud")
        << QStringLiteral("paging/nova-server-list-detail.json") << QStringLiteral("servers_links");
}

void TestPaging::lastPages()
{
    QFETCH(QString, fixture);
    QFETCH(QString, linksKey);
    ZENITH_JSON_FIXTURE(body, fixture);

    QVERIFY(!body.contains(linksKey));
    QCOMPARE(nextMarkerFromLinks(body.value(linksKey).toArray()), OptString());
}

void TestPaging::onlyRelNextCounts()
{
    // Neutron's last page in reverse order has "previous" only; "previous" listed first must not win.
    const QJsonArray previousOnly{QJsonObject{
        {QStringLiteral("href"), QStringLiteral("https://n/v2.0/networks?limit=2&marker=aaa&page_reverse=True")},
        {QStringLiteral("rel"), QStringLiteral("previous")}}};
    QCOMPARE(nextMarkerFromLinks(previousOnly), OptString());

    QJsonArray previousFirst = previousOnly;
    previousFirst.append(
        QJsonObject{{QStringLiteral("href"), QStringLiteral("https://n/v2.0/networks?limit=2&marker=bbb")},
                    {QStringLiteral("rel"), QStringLiteral("next")}});
    QCOMPARE(nextMarkerFromLinks(previousFirst), OptString(QStringLiteral("bbb")));

    // Nova's per-server links (self, bookmark) are not paging links.
    const QJsonArray selfAndBookmark{
        QJsonObject{{QStringLiteral("href"), QStringLiteral("https://c/v2.1/servers/x?marker=nope")},
                    {QStringLiteral("rel"), QStringLiteral("self")}},
        QJsonObject{{QStringLiteral("href"), QStringLiteral("https://c/servers/x")},
                    {QStringLiteral("rel"), QStringLiteral("bookmark")}}};
    QCOMPARE(nextMarkerFromLinks(selfAndBookmark), OptString());
    QCOMPARE(nextMarkerFromLinks(QJsonArray{}), OptString());
}

void TestPaging::glanceNext()
{
    ZENITH_JSON_FIXTURE(page, QStringLiteral("paging/glance-images-page.json"));
    QCOMPARE(zenith::markerFromLink(page.value(u"next").toString()),
             OptString(QStringLiteral("f5769f6a-5a5d-4c8b-92d3-eb2e966d9c79")));
    // "first" is no next page.
    QCOMPARE(zenith::markerFromLink(page.value(u"first").toString()), OptString());

    // The dev cloud's real one-page list has "first" and "schema" but no "next".
    ZENITH_JSON_FIXTURE(last, QStringLiteral("paging/glance-image-list.json"));
    QVERIFY(last.contains(u"first"));
    QVERIFY(!last.contains(u"next"));
    QCOMPARE(zenith::markerFromLink(last.value(u"next").toString()), OptString());
}

void TestPaging::designateLinks()
{
    ZENITH_JSON_FIXTURE(page, QStringLiteral("paging/designate-zones-page.json"));
    QCOMPARE(nextMarkerFromLinkObject(page.value(u"links").toObject()),
             OptString(QStringLiteral("a86dba58-0043-4cc6-a1bb-69d5e86f3ca3")));
}

void TestPaging::designateLastPage()
{
    // Only "self" (with a percent-encoded filter): no next page, and the filter is no marker.
    ZENITH_JSON_FIXTURE(page, QStringLiteral("paging/designate-recordsets-last-page.json"));
    QCOMPARE(nextMarkerFromLinkObject(page.value(u"links").toObject()), OptString());
    QCOMPARE(nextMarkerFromLinkObject(QJsonObject{}), OptString());
}

void TestPaging::peekAgreesWithTheFullRead_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<OptString>("marker");

    const auto row = [](const char* fixture, const char* marker) {
        QTest::newRow(fixture) << QString::fromLatin1(fixture)
                               << (marker ? OptString(QString::fromUtf8(marker)) : OptString());
    };
    row("paging/nova-servers-detail-page.json", "1ef1cd06-a958-40fe-9c52-a5cd2ad3dbfe");
    row("paging/nova-server-list-detail.json", nullptr);
    row("paging/nova-keypairs-page.json", "lab key é");
    row("compute/keypair-list-page-1.json", "zenith capture rsa");
    row("compute/keypair-list-page-3.json", nullptr);
    row("compute/flavor-list-detail-page.json", "2a390056-2848-4cc9-aa19-7ae6798178fe");
    row("compute/nova-instance-actions-page.json", "req-9faa654d-71ea-4e4b-bdfa-9418acea5b8d");
    row("paging/neutron-networks-page.json", "71c1e68c-171a-4aa2-aca5-50ea153a3718");
    row("network/networks-list-page.json", "3c5c120f-4197-4ba3-8d33-06d7a1264b5f");
    row("paging/cinder-volumes-detail-page.json", "b104b8db-170d-441b-897a-3c8ba9c5a214");
    row("paging/glance-images-page.json", "f5769f6a-5a5d-4c8b-92d3-eb2e966d9c79");
    row("paging/glance-image-list.json", nullptr);
    row("paging/designate-zones-page.json", "a86dba58-0043-4cc6-a1bb-69d5e86f3ca3");
    row("dns/zone-list-page.json", "73812859-8c48-480e-9d0a-df0c7ca431e5");
    row("dns/recordset-list-page.json", "d9d6b694-0094-4265-b6b8-a3b3a1aaf577");
    row("paging/designate-recordsets-last-page.json", nullptr);
}

void TestPaging::peekAgreesWithTheFullRead()
{
    QFETCH(QString, fixture);
    QFETCH(OptString, marker);
    QByteArray body;
    QString why;
    QVERIFY2(test::loadFixture(fixture, body, why), qPrintable(why));
    QCOMPARE(peekNextMarker(body), marker);
}

void TestPaging::peekIsNotFooledByItems()
{
    // A last page whose last server carries link-like text in its name and metadata: no next page.
    const QByteArray lastPage =
        R"({"servers": [{"id": "a", "name": "x\"servers_links\": [{\"rel\": \"next\", \"href\": \"/s?marker=evil\"}]}",)"
        R"( "metadata": {"next": "/v2/images?marker=evil", "links_links": "x"},)"
        R"( "links": [{"rel": "next", "href": "http://c/v2.1/servers?marker=evil"}]}]})";
    QVERIFY(QJsonDocument::fromJson(lastPage).isObject());
    QCOMPARE(peekNextMarker(lastPage), OptString());

    // The same with a real next link after the items: that one is read.
    QByteArray page = lastPage;
    page.chop(1);
    page += R"(, "servers_links": [{"rel": "next", "href": "http://c/v2.1/servers/detail?limit=1&marker=a"}]})";
    QVERIFY(QJsonDocument::fromJson(page).isObject());
    QCOMPARE(peekNextMarker(page), OptString(QStringLiteral("a")));

    QCOMPARE(peekNextMarker(QByteArray()), OptString());
    QCOMPARE(peekNextMarker("not json _links\" \"links\" \"next\""), OptString());
}

void TestPaging::peekGivesUpWhenLinksComeFirst()
{
    // Links before a big items array: telling the marker would mean reading every item, which is
    // the full read's job; a small page is still read right.
    const auto body = [](int items) -> QByteArray {
        QJsonArray servers;
        for (int i = 0; i < items; ++i)
            servers.append(QJsonObject{{QStringLiteral("id"), QString::number(i)},
                                       {QStringLiteral("name"), QStringLiteral("server-%1").arg(i)}});
        return QByteArray(R"({"servers_links": [{"rel": "next", "href": "/v2.1/servers?marker=last"}], "servers": )") +
               QJsonDocument(servers).toJson(QJsonDocument::Compact) + '}';
    };
    QCOMPARE(peekNextMarker(body(3)), OptString(QStringLiteral("last")));
    QVERIFY(body(5000).size() > 64 * 1024);
    QCOMPARE(peekNextMarker(body(5000)), OptString());
}

QTEST_GUILESS_MAIN(TestPaging)
#include "tst_paging.moc"
