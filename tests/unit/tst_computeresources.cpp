// Nova's flavors, key pairs, server groups, limits and zones: parse() on bodies captured from the dev cloud
// (tests/data/compute, see its README), the error bodies the GUI relies on, and what each spec() sends.

#include "compute/createkeypairrequest.h"
#include "compute/createservergrouprequest.h"
#include "compute/deletekeypairrequest.h"
#include "compute/deleteservergrouprequest.h"
#include "compute/getcomputelimitsrequest.h"
#include "compute/getflavorrequest.h"
#include "compute/getkeypairrequest.h"
#include "compute/getservergrouprequest.h"
#include "compute/listavailabilityzonesrequest.h"
#include "compute/listflavorsrequest.h"
#include "compute/listkeypairsrequest.h"
#include "compute/listservergroupsrequest.h"

#include "testdata.h"

#include <QCryptographicHash>
#include <QTest>
#include <QTimeZone>

using namespace zenith;

//! Declares `var`, the result of Request::parse on tests/data/<relative>; fails the test unless it is ok.
#define PARSE_FIXTURE(var, Request, relative, status)                                                                  \
    ZENITH_FIXTURE(var##Body, relative);                                                                               \
    const auto var = Request::parse(status, var##Body);                                                                \
    QVERIFY2(var.ok(), qPrintable(var.ok() ? QString() : var.error().message))

namespace QTest {
template <> inline char* toString(const std::optional<QString>& value)
{
    return value ? QTest::toString(*value) : qstrdup("nullopt");
}
} // namespace QTest

namespace {

const QString userId = QStringLiteral("7450d27ec8564e41b21227b2aff0575f");
const QString projectId = QStringLiteral("0b1fc91c7fa046b1885683c6236fde76");

QString specQuery(const RequestSpec& spec)
{
    return spec.query.toString(QUrl::FullyEncoded);
}

// Nova's fingerprint: MD5 of the key blob (the base64 field of the OpenSSH line), colon-separated.
QString md5Fingerprint(const QByteArray& publicKeyLine)
{
    const QByteArray blob = QByteArray::fromBase64(publicKeyLine.split(' ').value(1));
    return QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Md5).toHex(':'));
}

} // namespace

class TestComputeResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flavorListHasEverySeededFlavor()
    {
        PARSE_FIXTURE(page, ListFlavorsRequest, QStringLiteral("compute/flavor-list-detail.json"), 200);
        QStringList names;
        for (const Flavor& f : page->items)
            names.append(f.name);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("b2-7"), QStringLiteral("d2-2"), QStringLiteral("d2-4"),
                                     QStringLiteral("m1.medium"), QStringLiteral("m1.nano"), QStringLiteral("m1.small"),
                                     QStringLiteral("m1.tiny")}));
        QCOMPARE(page->nextMarker, std::nullopt);
        const Flavor& small = page->items.at(2);
        QCOMPARE(small.name, QStringLiteral("m1.small"));
        QCOMPARE(small.id, QStringLiteral("667c87aa-4ca1-4bbc-abdd-3765467bcc2c"));
        QCOMPARE(small.ram, 2048);
        QCOMPARE(small.disk, 20);
        QCOMPARE(small.vcpus, 1);
        QCOMPARE(small.swap, 0);
        QCOMPARE(small.ephemeral, 0);
        QVERIFY(small.isPublic);
        QVERIFY(!small.disabled);
        QCOMPARE(small.rxtxFactor, std::optional<double>(1.0));
        QVERIFY(small.description.isEmpty());
        QVERIFY(small.extraSpecs.has_value() && small.extraSpecs->isEmpty());

        PARSE_FIXTURE(twoFlavors, ListFlavorsRequest, QStringLiteral("compute/flavor-list-detail-page.json"), 200);
        QCOMPARE(twoFlavors->items.size(), 2);
        // Nova's next link points after the last flavor of the page.
        QCOMPARE(twoFlavors->nextMarker,
                 std::optional<QString>(QStringLiteral("2a390056-2848-4cc9-aa19-7ae6798178fe")));
        QCOMPARE(twoFlavors->items.last().name, QStringLiteral("d2-4"));
    }

    void flavorShowAcrossMicroversions()
    {
        PARSE_FIXTURE(extras, GetFlavorRequest, QStringLiteral("compute/flavor-show-extras.json"), 200);
        QCOMPARE(extras->swap, 512);
        QCOMPARE(extras->ephemeral, 5);
        QCOMPARE(extras->rxtxFactor, std::optional<double>(2.0));
        QVERIFY(!extras->isPublic);
        QCOMPARE(extras->description, QStringLiteral("GPU lab flavor"));
        QCOMPARE(extras->extraSpecs->value(QStringLiteral("hw:cpu_policy")), QStringLiteral("dedicated"));
        QCOMPARE(extras->extraSpecs->size(), 2);

        // 2.1: "swap": "" means none, and there are no extra_specs at all (not an empty map).
        PARSE_FIXTURE(old, GetFlavorRequest, QStringLiteral("compute/flavor-show-2.1.json"), 200);
        QCOMPARE(old->swap, 0);
        QCOMPARE(old->ram, 2048);
        QCOMPARE(old->extraSpecs, std::nullopt);
    }

    void flavorShapeErrorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QByteArray base = R"("id": "x", "name": "n", "ram": 1, "disk": 1, "vcpus": 1,
            "OS-FLV-EXT-DATA:ephemeral": 0, "os-flavor-access:is_public": true)";
        QTest::newRow("swap text") << QByteArray(R"({"flavor": {)" + base + R"(, "swap": "512"}})")
                                   << QStringLiteral("flavor.swap");
        QTest::newRow("swap missing") << QByteArray(R"({"flavor": {)" + base + "}}") << QStringLiteral("flavor.swap");
        QTest::newRow("spec not text") << QByteArray(R"({"flavor": {)" + base +
                                                     R"(, "swap": 0, "extra_specs": {"hw:numa_nodes": 2}}})")
                                       << QStringLiteral("flavor.extra_specs.hw:numa_nodes");
        QTest::newRow("no vcpus") << QByteArray(R"({"flavor": {"id": "x", "name": "n", "ram": 1, "disk": 1}})")
                                  << QStringLiteral("flavor.vcpus");
    }

    void flavorShapeErrorsNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto flavor = GetFlavorRequest::parse(200, body);
        QVERIFY(!flavor.ok());
        QCOMPARE(kindName(flavor.error().kind), QStringLiteral("Parse"));
        QVERIFY2(flavor.error().message.contains(field), qPrintable(flavor.error().message));
    }

    void keypairListsUnwrapEachKey()
    {
        PARSE_FIXTURE(list, ListKeypairsRequest, QStringLiteral("compute/keypair-list.json"), 200);
        QCOMPARE(list->items.size(), 2);
        QCOMPARE(list->items.at(0).name, QStringLiteral("zenith capture rsa"));
        QCOMPARE(list->items.at(0).type, QStringLiteral("ssh"));
        QVERIFY(list->items.at(0).publicKey.startsWith(QStringLiteral("ssh-rsa AAAA")));
        QCOMPARE(list->items.at(1).fingerprint, QStringLiteral("7a:c1:b9:c8:4e:51:d0:0b:4e:f7:42:7e:d4:74:fc:50"));
        QVERIFY(list->items.at(1).userId.isEmpty()); // lists leave it out
        QCOMPARE(list->nextMarker, std::nullopt);

        PARSE_FIXTURE(old, ListKeypairsRequest, QStringLiteral("compute/keypair-list-2.1.json"), 200);
        QVERIFY(old->items.first().type.isEmpty());

        const auto unwrapped = ListKeypairsRequest::parse(200, R"({"keypairs": [{"name": "k"}]})");
        QVERIFY(!unwrapped.ok());
        QVERIFY2(unwrapped.error().message.contains(QStringLiteral("keypairs[0]")),
                 qPrintable(unwrapped.error().message));
    }

    void keypairPagesFollowNamesToAnEmptyPage_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("name");
        QTest::addColumn<std::optional<QString>>("next");
        // Nova writes the marker with urlencode(): "zenith+capture+rsa" is the name with spaces.
        QTest::newRow("1") << QStringLiteral("compute/keypair-list-page-1.json") << QStringLiteral("zenith capture rsa")
                           << std::optional<QString>(QStringLiteral("zenith capture rsa"));
        QTest::newRow("2") << QStringLiteral("compute/keypair-list-page-2.json")
                           << QStringLiteral("zenith-capture-ed25519")
                           << std::optional<QString>(QStringLiteral("zenith-capture-ed25519"));
        QTest::newRow("3") << QStringLiteral("compute/keypair-list-page-3.json") << QString()
                           << std::optional<QString>();
    }

    void keypairPagesFollowNamesToAnEmptyPage()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, name);
        QFETCH(std::optional<QString>, next);
        PARSE_FIXTURE(page, ListKeypairsRequest, fixture, 200);
        QCOMPARE(page->items.isEmpty(), name.isEmpty());
        if (!name.isEmpty())
            QCOMPARE(page->items.first().name, name);
        QCOMPARE(page->nextMarker, next);
    }

    void keypairShowAndImport()
    {
        PARSE_FIXTURE(shown, GetKeypairRequest, QStringLiteral("compute/keypair-show.json"), 200);
        QCOMPARE(shown->name, QStringLiteral("zenith-capture-ed25519"));
        QCOMPARE(shown->userId, userId);
        QCOMPARE(shown->createdAt, QDateTime(QDate(2026, 11, 25), QTime(9, 22, 31), QTimeZone::utc()));

        PARSE_FIXTURE(created, CreateKeypairRequest, QStringLiteral("compute/keypair-create-rsa.json"), 201);
        QCOMPARE(created->name, QStringLiteral("zenith capture rsa"));
        QCOMPARE(created->type, QStringLiteral("ssh"));
        QVERIFY(!created->createdAt.isValid());
        PARSE_FIXTURE(old, CreateKeypairRequest, QStringLiteral("compute/keypair-create-2.1.json"), 200);
        QVERIFY(old->type.isEmpty());
        QCOMPARE(old->fingerprint, shown->fingerprint);
    }

    void committedKeysMatchTheirCapturedFingerprints_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("capture");
        QTest::newRow("ed25519") << QStringLiteral("compute/keypair-ed25519.pub")
                                 << QStringLiteral("compute/keypair-create.json");
        QTest::newRow("rsa") << QStringLiteral("compute/keypair-rsa.pub")
                             << QStringLiteral("compute/keypair-create-rsa.json");
    }

    void committedKeysMatchTheirCapturedFingerprints()
    {
        QFETCH(QString, key);
        QFETCH(QString, capture);
        ZENITH_FIXTURE(line, key);
        PARSE_FIXTURE(created, CreateKeypairRequest, capture, 201);
        QCOMPARE(created->publicKey, QString::fromLatin1(line.trimmed()));
        QCOMPARE(md5Fingerprint(line), created->fingerprint);
    }

    void serverGroupsInBothShapes()
    {
        PARSE_FIXTURE(list, ListServerGroupsRequest, QStringLiteral("compute/servergroup-list.json"), 200);
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).policy, QStringLiteral("anti-affinity"));
        QCOMPARE(list->at(0).policies, QStringList{QStringLiteral("anti-affinity")});
        QCOMPARE(list->at(0).maxServerPerHost, std::optional<int>(2));
        QCOMPARE(list->at(1).maxServerPerHost, std::nullopt); // "rules": {}
        QCOMPARE(list->at(2).projectId, projectId);

        PARSE_FIXTURE(old, ListServerGroupsRequest, QStringLiteral("compute/servergroup-list-2.1.json"), 200);
        QCOMPARE(old->at(1).policy, QStringLiteral("soft-affinity"));
        QCOMPARE(old->at(0).maxServerPerHost, std::nullopt); // no rules before 2.64
        QVERIFY(old->at(0).projectId.isEmpty());

        PARSE_FIXTURE(created, CreateServerGroupRequest, QStringLiteral("compute/servergroup-create.json"), 200);
        PARSE_FIXTURE(shown, GetServerGroupRequest, QStringLiteral("compute/servergroup-show.json"), 200);
        QCOMPARE(shown->id, created->id);
        QCOMPARE(shown->name, QStringLiteral("zenith-capture-aa"));
        QCOMPARE(shown->userId, userId);
        PARSE_FIXTURE(created21, CreateServerGroupRequest, QStringLiteral("compute/servergroup-create-2.1.json"), 200);
        QCOMPARE(created21->policy, QStringLiteral("affinity"));

        const auto none = GetServerGroupRequest::parse(200, R"({"server_group": {"id": "g", "name": "n",
            "policies": [], "members": []}})");
        QVERIFY(!none.ok());
        QVERIFY2(none.error().message.contains(QStringLiteral("server_group.policies")),
                 qPrintable(none.error().message));
    }

    void limitsAndZones()
    {
        PARSE_FIXTURE(limits, GetComputeLimitsRequest, QStringLiteral("compute/limits.json"), 200);
        QCOMPARE(limits->maxTotalCores, 20);
        QCOMPARE(limits->maxTotalInstances, 10);
        QCOMPARE(limits->maxTotalRAMSize, 51200);
        QCOMPARE(limits->totalRAMUsed, 128);
        QCOMPARE(limits->totalCoresUsed, 1);
        QCOMPARE(limits->totalInstancesUsed, 1);
        QCOMPARE(limits->maxServerGroups, std::optional<int>(10));
        QCOMPARE(limits->totalServerGroupsUsed, std::optional<int>(0));
        QCOMPARE(limits->maxTotalKeypairs, std::optional<int>(100));
        PARSE_FIXTURE(old, GetComputeLimitsRequest, QStringLiteral("compute/limits-2.1.json"), 200);
        QCOMPARE(old->maxServerGroupMembers, std::optional<int>(10));
        const auto noAbsolute = GetComputeLimitsRequest::parse(200, R"({"limits": {"rate": []}})");
        QVERIFY(!noAbsolute.ok());
        QVERIFY(noAbsolute.error().message.contains(QStringLiteral("limits.absolute")));

        PARSE_FIXTURE(zones, ListAvailabilityZonesRequest, QStringLiteral("compute/az-list.json"), 200);
        QCOMPARE(zones->size(), 1);
        QCOMPARE(zones->first().name, QStringLiteral("nova"));
        QVERIFY(zones->first().available);
        QVERIFY(zones->first().hosts.isEmpty());
        const auto admin = ListAvailabilityZonesRequest::parse(
            200, R"({"availabilityZoneInfo": [{"zoneName": "nova", "zoneState": {"available": false},
                     "hosts": {"devcloud": {"nova-compute": {"available": true, "active": true}}}}]})");
        QVERIFY(admin.ok());
        QCOMPARE(admin->first().hosts, QStringList{QStringLiteral("devcloud")});
        QVERIFY(!admin->first().available);
    }

    void errorBodies_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("flavor 404") << QStringLiteral("flavor-error-404.json") << 404 << QStringLiteral("NotFound")
                                    << QStringLiteral("itemNotFound")
                                    << QStringLiteral("Flavor zenith-no-such-flavor could not be found.");
        QTest::newRow("keypair 409") << QStringLiteral("keypair-error-409-duplicate.json") << 409
                                     << QStringLiteral("Conflict") << QStringLiteral("conflictingRequest")
                                     << QStringLiteral("Key pair 'zenith-capture-ed25519' already exists.");
        QTest::newRow("keypair bad key") << QStringLiteral("keypair-error-400-invalidkey.json") << 400
                                         << QStringLiteral("BadRequest") << QStringLiteral("badRequest")
                                         << QStringLiteral("Keypair data is invalid: failed to generate fingerprint");
        QTest::newRow("keypair 404") << QStringLiteral("keypair-error-404.json") << 404 << QStringLiteral("NotFound")
                                     << QStringLiteral("itemNotFound")
                                     << QStringLiteral("Keypair zenith-no-such-keypair not found for user ") + userId;
        QTest::newRow("group 404") << QStringLiteral("servergroup-error-404.json") << 404 << QStringLiteral("NotFound")
                                   << QStringLiteral("itemNotFound")
                                   << QStringLiteral("Instance group 00000000-0000-0000-0000-000000000000 could not "
                                                     "be found.");
        QTest::newRow("keypair name") << QStringLiteral("keypair-error-400-name.json") << 400
                                      << QStringLiteral("BadRequest") << QStringLiteral("badRequest")
                                      << QStringLiteral("An invalid 'name' value was provided. The name must be: Only "
                                                        "expected characters: [_- 0123456789abcdefghijklmnopqrstuvwxyzA"
                                                        "BCDEFGHIJKLMNOPQRSTUVWXYZ]");
        QTest::newRow("group rules") << QStringLiteral("servergroup-error-400-rules.json") << 400
                                     << QStringLiteral("BadRequest") << QStringLiteral("badRequest")
                                     << QStringLiteral("Only anti-affinity policy supports rules.");
    }

    void errorBodies()
    {
        QFETCH(QString, fixture);
        QFETCH(int, status);
        ZENITH_FIXTURE(body, QStringLiteral("compute/") + fixture);
        const ApiError e = ApiError::fromReply(status, body, QStringLiteral("compute"), QString());
        QTEST(kindName(e.kind), "kind");
        QTEST(e.code, "code");
        QTEST(e.message, "message");
    }

    void readSpecs()
    {
        ListFlavorsRequest flavors;
        flavors.limit = 2;
        flavors.marker = QStringLiteral("2a390056");
        flavors.sortKey = QStringLiteral("name");
        flavors.sortDir = QStringLiteral("desc");
        flavors.minRam = 2048;
        flavors.minDisk = 20;
        const RequestSpec f = flavors.spec();
        QCOMPARE(f.service, ServiceType::Compute);
        QCOMPARE(methodName(f.method), QByteArray("GET"));
        QCOMPARE(f.path, QStringLiteral("flavors/detail"));
        QCOMPARE(specQuery(f),
                 QStringLiteral("limit=2&marker=2a390056&sort_key=name&sort_dir=desc&minRam=2048&minDisk=20"));
        QVERIFY(f.body.isEmpty());
        QCOMPARE(f.minMicroversion, std::nullopt);
        QCOMPARE(GetFlavorRequest{QStringLiteral("m1 tiny")}.spec().path, QStringLiteral("flavors/m1%20tiny"));

        QCOMPARE(ListKeypairsRequest{}.spec().minMicroversion, std::nullopt);
        QCOMPARE(specQuery(ListKeypairsRequest{}.spec()), QString());
        const RequestSpec k = ListKeypairsRequest{1, QStringLiteral("lab key é")}.spec();
        QCOMPARE(specQuery(k), QStringLiteral("limit=1&marker=lab%20key%20%C3%A9"));
        QCOMPARE(k.minMicroversion, std::optional<Microversion>(Microversion{2, 35}));
        const ListKeypairsRequest markerOnly{{}, QStringLiteral("k")};
        QCOMPARE(markerOnly.spec().minMicroversion, std::optional<Microversion>(Microversion{2, 35}));
        const RequestSpec shown = GetKeypairRequest{QStringLiteral("lab key é")}.spec();
        QCOMPARE(shown.path, QStringLiteral("os-keypairs/lab%20key%20%C3%A9"));
        QCOMPARE(methodName(shown.method), QByteArray("GET"));
        QCOMPARE(GetKeypairRequest{QStringLiteral("a/b?c")}.spec().path, QStringLiteral("os-keypairs/a%2Fb%3Fc"));

        QCOMPARE(specQuery(ListServerGroupsRequest{5, 10}.spec()), QStringLiteral("limit=5&offset=10"));
        QCOMPARE(ListServerGroupsRequest{}.spec().path, QStringLiteral("os-server-groups"));
        QCOMPARE(GetServerGroupRequest{QStringLiteral("g1")}.spec().path, QStringLiteral("os-server-groups/g1"));
        QCOMPARE(GetComputeLimitsRequest{}.spec().path, QStringLiteral("limits"));
        QCOMPARE(ListAvailabilityZonesRequest{}.spec().path, QStringLiteral("os-availability-zone"));
    }

    void writeSpecs()
    {
        const RequestSpec create =
            CreateKeypairRequest{QStringLiteral("lab key"), QStringLiteral("ssh-ed25519 AAAAC3 me@host")}.spec();
        QCOMPARE(methodName(create.method), QByteArray("POST"));
        QCOMPARE(create.path, QStringLiteral("os-keypairs"));
        QCOMPARE(
            create.body,
            QByteArray(R"({"keypair":{"name":"lab key","public_key":"ssh-ed25519 AAAAC3 me@host","type":"ssh"}})"));
        QCOMPARE(create.minMicroversion, std::optional<Microversion>(Microversion{2, 2}));

        const RequestSpec del = DeleteKeypairRequest{QStringLiteral("lab key é")}.spec();
        QCOMPARE(methodName(del.method), QByteArray("DELETE"));
        QCOMPARE(del.path, QStringLiteral("os-keypairs/lab%20key%20%C3%A9"));
        QVERIFY(del.body.isEmpty());

        const RequestSpec group =
            CreateServerGroupRequest{QStringLiteral("web"), QStringLiteral("anti-affinity"), 2}.spec();
        QCOMPARE(methodName(group.method), QByteArray("POST"));
        QCOMPARE(group.path, QStringLiteral("os-server-groups"));
        QCOMPARE(group.body, QByteArray(R"({"server_group":{"name":"web","policy":"anti-affinity",)"
                                        R"("rules":{"max_server_per_host":2}}})"));
        QCOMPARE(group.minMicroversion, std::optional<Microversion>(Microversion{2, 64}));
        const RequestSpec plain = CreateServerGroupRequest{QStringLiteral("db"), QStringLiteral("affinity"), {}}.spec();
        QCOMPARE(plain.body, QByteArray(R"({"server_group":{"name":"db","policy":"affinity"}})"));

        const RequestSpec gone = DeleteServerGroupRequest{QStringLiteral("g1")}.spec();
        QCOMPARE(methodName(gone.method), QByteArray("DELETE"));
        QCOMPARE(gone.path, QStringLiteral("os-server-groups/g1"));
        QVERIFY(DeleteServerGroupRequest::parse(204, {}).ok());
        QVERIFY(DeleteKeypairRequest::parse(202, {}).ok());
    }
};

QTEST_GUILESS_MAIN(TestComputeResources)
#include "tst_computeresources.moc"
