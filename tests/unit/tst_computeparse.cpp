// Nova servers: Server::fromJson and the parse() of the server list, show, create and delete
// calls, on bodies captured from the dev cloud at microversions 2.79, 2.46 and 2.1 (tests/data/compute).

#include "compute/createserverrequest.h"
#include "compute/deleteserverrequest.h"
#include "compute/getserverrequest.h"
#include "compute/listserversrequest.h"
#include "compute/listserversummariesrequest.h"

#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace zenith;

//! Declares `var`, the result of R::parse on tests/data/compute/<file>, and fails the test unless it is ok.
#define PARSE_FIXTURE(var, R, file)                                                                                    \
    ZENITH_FIXTURE(var##Body, QStringLiteral("compute/") + QStringLiteral(file));                                      \
    const auto var = R::parse(200, var##Body);                                                                         \
    QVERIFY2(var.ok(), var.ok() ? "" : qPrintable(var.error().message))

namespace {

const QString kServer = QStringLiteral("494e7e1e-8065-48cd-815f-92fc82b09b36");
const QString kProject = QStringLiteral("0b1fc91c7fa046b1885683c6236fde76");
const QString kTiny = QStringLiteral("9607ae92-76a6-4930-ad9f-e329ff59d1f4");

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

} // namespace

class TestComputeParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void activeServer()
    {
        PARSE_FIXTURE(s, GetServerRequest, "nova-server-show.json");
        QCOMPARE(s->id, kServer);
        QCOMPARE(s->name, QStringLiteral("hs-capture-1"));
        QCOMPARE(s->status, QStringLiteral("ACTIVE"));
        QCOMPARE(s->taskState, QString());
        QCOMPARE(s->vmState, QStringLiteral("active"));
        QCOMPARE(s->powerState, std::optional<int>(1));
        QCOMPARE(s->projectId, kProject);
        QCOMPARE(s->userId, QStringLiteral("7450d27ec8564e41b21227b2aff0575f"));
        QCOMPARE(s->hostId, QStringLiteral("f8a25b421a7c57d22820cdf3a232fafe7e90712b7d9f57c76e3d1fdc"));
        QCOMPARE(s->imageId, kTiny);
        QCOMPARE(s->keyName, QString());
        QCOMPARE(s->availabilityZone, QStringLiteral("nova"));
        QCOMPARE(s->created, utc("2026-11-25T09:22:09Z"));
        QCOMPARE(s->updated, utc("2026-11-25T09:22:12Z"));
        QCOMPARE(s->launchedAt, utc("2026-11-25T09:22:12.000Z"));
        QCOMPARE(s->metadata, (QMap<QString, QString>{{QStringLiteral("lab"), QStringLiteral("capture")}}));
        QCOMPARE(s->tags, (QStringList{QStringLiteral("capture"), QStringLiteral("zenith")}));
        QCOMPARE(s->securityGroups, QStringList{QStringLiteral("default")});
        QCOMPARE(s->locked, std::optional<bool>(false));
        QCOMPARE(s->lockedReason, QString());
        QVERIFY(s->volumesAttached.isEmpty());
        QVERIFY(s->configDrive); // Nova says "True", a string
        QCOMPARE(s->progress, std::optional<int>(0));
        QVERIFY(!s->fault.has_value());
        QVERIFY(!s->isPartial());
        // Admin-only attributes are absent for the demo user at 2.79.
        QCOMPARE(s->hostname, QString());
        QCOMPARE(s->host, QString());
        QCOMPARE(s->instanceName, QString());
    }

    void addressesAndEmbeddedFlavor()
    {
        PARSE_FIXTURE(s, GetServerRequest, "nova-server-show.json");
        QCOMPARE(s->addresses.keys(), QStringList{QStringLiteral("private")});
        const QList<ServerAddress> priv = s->addresses.value(QStringLiteral("private"));
        QCOMPARE(priv.size(), 1);
        QCOMPARE(priv[0].addr, QStringLiteral("10.0.0.123"));
        QCOMPARE(priv[0].version, 4);
        QCOMPARE(priv[0].type, QStringLiteral("fixed"));
        QCOMPARE(priv[0].macAddr, QStringLiteral("fa:16:3e:49:12:c8"));

        QVERIFY(s->flavor.embedded);
        QCOMPARE(s->flavor.id, QString());
        QCOMPARE(s->flavor.originalName, QStringLiteral("m1.nano"));
        QCOMPARE(s->flavor.vcpus, 1);
        QCOMPARE(s->flavor.ram, 128);
        QCOMPARE(s->flavor.disk, 1);
        QCOMPARE(s->flavor.ephemeral, 0);
        QCOMPARE(s->flavor.swap, 0);
        QVERIFY(s->flavor.extraSpecs.isEmpty());
    }

    void buildingServer()
    {
        PARSE_FIXTURE(s, GetServerRequest, "nova-server-show-build.json");
        QCOMPARE(s->status, QStringLiteral("BUILD"));
        QCOMPARE(s->taskState, QStringLiteral("scheduling"));
        QCOMPARE(s->vmState, QStringLiteral("building"));
        QCOMPARE(s->powerState, std::optional<int>(0));
        QCOMPARE(s->availabilityZone, QString()); // "" until scheduled
        QCOMPARE(s->hostId, QString());
        QVERIFY(s->addresses.isEmpty());
        QVERIFY(!s->launchedAt.isValid());
        // The create body asked for ["zenith", "capture"]: Nova keeps them in that order while building.
        QCOMPARE(s->tags, (QStringList{QStringLiteral("zenith"), QStringLiteral("capture")}));
        // security_groups appear only once the ports exist.
        QVERIFY(s->securityGroups.isEmpty());
    }

    void twoPortsOnOneNetwork()
    {
        // Nova lists a security group once per port: "default" comes twice here.
        ZENITH_JSON_FIXTURE(raw, QStringLiteral("compute/nova-server-show-two-ports.json"));
        QCOMPARE(raw.value(u"server").toObject().value(u"security_groups").toArray().size(), 2);
        PARSE_FIXTURE(s, GetServerRequest, "nova-server-show-two-ports.json");
        QCOMPARE(s->securityGroups, QStringList{QStringLiteral("default")});
        const QList<ServerAddress> priv = s->addresses.value(QStringLiteral("private"));
        QCOMPARE(priv.size(), 2);
        QCOMPARE(priv[0].addr, QStringLiteral("10.0.0.91")); // in the order of the ports
        QCOMPARE(priv[1].addr, QStringLiteral("10.0.0.57"));
    }

    void flavorAsLinkBefore247()
    {
        PARSE_FIXTURE(s, GetServerRequest, "nova-server-show-2.46.json");
        QVERIFY(!s->flavor.embedded);
        QCOMPARE(s->flavor.id, QStringLiteral("7efe3c85-1c9c-4039-b6d2-243b87d0f1b8"));
        QCOMPARE(s->flavor.originalName, QString());
        QCOMPARE(s->flavor.vcpus, 0);
        QCOMPARE(s->locked, std::optional<bool>(false));                                       // 2.9
        QCOMPARE(s->tags, (QStringList{QStringLiteral("capture"), QStringLiteral("zenith")})); // 2.26
    }

    void microversion21()
    {
        PARSE_FIXTURE(s, GetServerRequest, "nova-server-show-2.1.json");
        QCOMPARE(s->id, kServer);
        QCOMPARE(s->status, QStringLiteral("ACTIVE"));
        QCOMPARE(s->flavor.id, QStringLiteral("7efe3c85-1c9c-4039-b6d2-243b87d0f1b8"));
        QVERIFY(!s->locked.has_value());
        QVERIFY(s->tags.isEmpty());
        QCOMPARE(s->description, QString());
        QCOMPARE(s->addresses.value(QStringLiteral("private")).first().addr, QStringLiteral("10.0.0.123"));
    }

    void errorServerWithFault()
    {
        PARSE_FIXTURE(s, GetServerRequest, "nova-server-show-error.json");
        QCOMPARE(s->status, QStringLiteral("ERROR"));
        QCOMPARE(s->vmState, QStringLiteral("error"));
        QVERIFY(s->fault.has_value());
        QCOMPARE(s->fault->code, 500);
        QVERIFY2(s->fault->message.startsWith(QStringLiteral("Build of instance 65ed592c-64fe-4190-be77-88d5f759abc4 "
                                                             "aborted: Volume ")),
                 qPrintable(s->fault->message));
        QCOMPARE(s->fault->created, utc("2026-11-25T09:25:55Z"));
        QCOMPARE(s->fault->details, QString()); // the traceback is for admins
        QCOMPARE(s->imageId, QString());        // boot from volume: "image": ""
        QVERIFY(!s->progress.has_value());      // Nova shows progress only for busy or active states
    }

    void bootFromVolume()
    {
        PARSE_FIXTURE(s, GetServerRequest, "nova-server-show-bfv.json");
        QCOMPARE(s->status, QStringLiteral("ACTIVE"));
        QCOMPARE(s->imageId, QString());
        QVERIFY(s->addresses.isEmpty()); // networks "none"
        QCOMPARE(s->volumesAttached.size(), 1);
        QCOMPARE(s->volumesAttached[0].id, QStringLiteral("2e84800a-42fe-43f4-aa86-532fa1eb3c45"));
        QCOMPARE(s->volumesAttached[0].deleteOnTermination, std::optional<bool>(false));
        QVERIFY(!s->configDrive); // ""
    }

    void attachedVolume()
    {
        PARSE_FIXTURE(s, GetServerRequest, "nova-server-show-volume.json");
        QCOMPARE(s->volumesAttached.size(), 1);
        QCOMPARE(s->volumesAttached[0].id, QStringLiteral("2e84800a-42fe-43f4-aa86-532fa1eb3c45"));
        QCOMPARE(s->volumesAttached[0].deleteOnTermination, std::optional<bool>(false));
    }

    void shelvedOffloaded()
    {
        PARSE_FIXTURE(s, GetServerRequest, "nova-server-show-shelved.json");
        QCOMPARE(s->status, QStringLiteral("SHELVED_OFFLOADED"));
        QCOMPARE(s->vmState, QStringLiteral("shelved_offloaded"));
        QCOMPARE(s->powerState, std::optional<int>(4));
        QVERIFY(!s->progress.has_value());
        QCOMPARE(s->availabilityZone, QString());
        QCOMPARE(s->hostId, QString());
        QCOMPARE(s->tags, QStringList{QStringLiteral("a")});
    }

    void verifyResize()
    {
        PARSE_FIXTURE(s, GetServerRequest, "nova-server-show-verify-resize.json");
        QCOMPARE(s->status, QStringLiteral("VERIFY_RESIZE"));
        QCOMPARE(s->vmState, QStringLiteral("resized"));
        QCOMPARE(s->flavor.originalName, QStringLiteral("m1.tiny"));
        QCOMPARE(s->flavor.ram, 512);
    }

    void adminView()
    {
        PARSE_FIXTURE(s, GetServerRequest, "nova-server-show-admin.json");
        QCOMPARE(s->name, QStringLiteral("capture-vm"));
        QCOMPARE(s->hostname, QStringLiteral("capture-vm"));
        QCOMPARE(s->host, QStringLiteral("devcloud"));
        QCOMPARE(s->hypervisorHostname, QStringLiteral("devcloud"));
        QCOMPARE(s->instanceName, QStringLiteral("instance-00000008"));
    }

    void listOnePage()
    {
        PARSE_FIXTURE(page, ListServersRequest, "nova-servers-detail.json");
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->items[0].name, QStringLiteral("hs-capture-bfv"));
        QCOMPARE(page->items[1].name, QStringLiteral("hs-capture-1"));
        QVERIFY(!page->nextMarker.has_value());
    }

    void listWithNextLink()
    {
        PARSE_FIXTURE(page, ListServersRequest, "nova-servers-detail-limit1.json");
        QCOMPARE(page->items.size(), 1);
        QCOMPARE(page->nextMarker, std::optional<QString>(page->items[0].id));
        QCOMPARE(page->items[0].id, QStringLiteral("cd00de6e-1185-4ecc-a238-571695e83420"));
    }

    void listSummariesWithNextLink()
    {
        // Ids and names only; Nova's next link keeps only the last "status" of the query, so
        // paging goes by the marker and the request's own filters.
        PARSE_FIXTURE(page, ListServerSummariesRequest, "nova-servers-summaries-limit2.json");
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->items[0].name, QStringLiteral("zlab-web1"));
        QCOMPARE(page->items[1].id, QStringLiteral("9d9d2483-e7ee-4dd8-a461-12f9b88ab951"));
        QCOMPARE(page->nextMarker, std::optional<QString>(page->items[1].id));
    }

    void listWithDownCell()
    {
        PARSE_FIXTURE(page, ListServersRequest, "nova-servers-detail-down-cell.json");
        QCOMPARE(page->items.size(), 2);
        QVERIFY(!page->items[0].isPartial());
        const Server& partial = page->items[1];
        QVERIFY(partial.isPartial());
        QCOMPARE(partial.status, QStringLiteral("UNKNOWN"));
        QCOMPARE(partial.projectId, kProject);
        QCOMPARE(partial.created, utc("2026-11-24T17:02:41Z"));
    }

    void created()
    {
        PARSE_FIXTURE(c, CreateServerRequest, "nova-server-create.json");
        QCOMPARE(c->id, kServer);
        QCOMPARE(c->adminPass.size(), 12);
        QCOMPARE(c->securityGroups, QStringList{QStringLiteral("default")});
    }

    void createdSeveral()
    {
        // min_count/max_count 2: Nova answers with the first server only.
        PARSE_FIXTURE(c, CreateServerRequest, "nova-server-create-multi.json");
        QCOMPARE(c->id, QStringLiteral("a5de6360-256f-46ba-8f36-cac1c96e0ee5"));
    }

    void createdWithoutPassword()
    {
        const auto c = CreateServerRequest::parse(202, R"({"server": {"id": "x", "links": []}})");
        QVERIFY(c.ok());
        QCOMPARE(c->adminPass, QString());
        QVERIFY(c->securityGroups.isEmpty());
    }

    void deleted() { QVERIFY(DeleteServerRequest::parse(204, QByteArray()).ok()); }

    void brokenServers_data();
    void brokenServers();
};

// Each row breaks the captured ACTIVE server in one way; the Parse error must name the field.
void TestComputeParse::brokenServers_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // Undefined: remove the key
    QTest::addColumn<QString>("field");

    const QJsonValue remove(QJsonValue::Undefined);
    QTest::newRow("no id") << QStringLiteral("id") << remove << QStringLiteral("server.id");
    QTest::newRow("no status") << QStringLiteral("status") << remove << QStringLiteral("server.status");
    QTest::newRow("no name") << QStringLiteral("name") << remove << QStringLiteral("server.name");
    QTest::newRow("bad created") << QStringLiteral("created") << QJsonValue(QStringLiteral("yesterday"))
                                 << QStringLiteral("server.created");
    QTest::newRow("image a number") << QStringLiteral("image") << QJsonValue(3) << QStringLiteral("server.image");
    QTest::newRow("image without id") << QStringLiteral("image") << QJsonValue(QJsonObject{})
                                      << QStringLiteral("server.image.id");
    QTest::newRow("flavor without vcpus")
        << QStringLiteral("flavor") << QJsonValue(QJsonObject{{QStringLiteral("original_name"), QStringLiteral("x")}})
        << QStringLiteral("flavor.vcpus");
    QTest::newRow("metadata not strings")
        << QStringLiteral("metadata") << QJsonValue(QJsonObject{{QStringLiteral("n"), 1}})
        << QStringLiteral("server.metadata");
    QTest::newRow("address without addr")
        << QStringLiteral("addresses")
        << QJsonValue(QJsonObject{{QStringLiteral("private"), QJsonArray{QJsonObject{{QStringLiteral("version"), 4}}}}})
        << QStringLiteral("address.addr");
    QTest::newRow("fault without message")
        << QStringLiteral("fault") << QJsonValue(QJsonObject{{QStringLiteral("code"), 500}})
        << QStringLiteral("fault.message");
    QTest::newRow("locked a string") << QStringLiteral("locked") << QJsonValue(QStringLiteral("no"))
                                     << QStringLiteral("server.locked");
    QTest::newRow("volume without id") << QStringLiteral("os-extended-volumes:volumes_attached")
                                       << QJsonValue(QJsonArray{QJsonObject{}}) << QStringLiteral("volume.id");
}

void TestComputeParse::brokenServers()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    ZENITH_JSON_FIXTURE(body, QStringLiteral("compute/nova-server-show.json"));
    QJsonObject server = body.value(u"server").toObject();
    if (value.isUndefined())
        server.remove(key);
    else
        server.insert(key, value);
    const QByteArray broken = QJsonDocument(QJsonObject{{QStringLiteral("server"), server}}).toJson();

    const auto parsed = GetServerRequest::parse(200, broken);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, ApiError::Kind::Parse);
    QVERIFY2(parsed.error().message.contains(field), qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestComputeParse)
#include "tst_computeparse.moc"
