// What each Nova server request (and Glance's image deletion) sends: method, path with
// percent-encoded ids, query, exact JSON body and the microversion it needs.

#include "compute/attachserverinterfacerequest.h"
#include "compute/attachservervolumerequest.h"
#include "compute/confirmserverresizerequest.h"
#include "compute/createserverimagerequest.h"
#include "compute/createserverremoteconsolerequest.h"
#include "compute/createserverrequest.h"
#include "compute/deleteserverrequest.h"
#include "compute/detachserverinterfacerequest.h"
#include "compute/detachservervolumerequest.h"
#include "compute/getserveractionrequest.h"
#include "compute/getserverconsoleoutputrequest.h"
#include "compute/getserverrequest.h"
#include "compute/listserveractionsrequest.h"
#include "compute/listserverinterfacesrequest.h"
#include "compute/listserversrequest.h"
#include "compute/listserversummariesrequest.h"
#include "compute/listservervolumeattachmentsrequest.h"
#include "compute/lockserverrequest.h"
#include "compute/rebootserverrequest.h"
#include "compute/replaceservertagsrequest.h"
#include "compute/rescueserverrequest.h"
#include "compute/resizeserverrequest.h"
#include "compute/revertserverresizerequest.h"
#include "compute/shelveserverrequest.h"
#include "compute/startserverrequest.h"
#include "compute/stopserverrequest.h"
#include "compute/unlockserverrequest.h"
#include "compute/unrescueserverrequest.h"
#include "compute/unshelveserverrequest.h"
#include "image/deleteimagerequest.h"

#include <QJsonDocument>
#include <QTest>

using namespace zenith;

Q_DECLARE_METATYPE(zenith::RequestSpec)

namespace {

// An id that must be percent-encoded in a path: a space and a slash.
const QString kOdd = QStringLiteral("a b/c");
const QString kOddPath = QStringLiteral("servers/a%20b%2Fc");

//! A request on server kOdd with its optional arguments left unset.
template <typename R> R server()
{
    R request;
    request.id = kOdd;
    return request;
}

void row(const char* name, const RequestSpec& spec, const char* method, const QString& path, const char* query,
         const char* body, const char* microversion = "")
{
    QTest::newRow(name) << spec << QString::fromLatin1(method) << path << QString::fromUtf8(query) << QByteArray(body)
                        << QString::fromLatin1(microversion);
}

void serverRows()
{
    row("list", ListServersRequest{}.spec(), "GET", QStringLiteral("servers/detail"), "", "");
    ListServersRequest filtered;
    filtered.limit = 1;
    filtered.marker = QStringLiteral("m 1");
    filtered.name = QStringLiteral("^web-");
    filtered.status = QStringLiteral("ACTIVE");
    filtered.ip = QStringLiteral("10.0.0.");
    filtered.image = QStringLiteral("img");
    filtered.flavor = QStringLiteral("fl");
    filtered.tags = QStringList{QStringLiteral("lab"), QStringLiteral("x")};
    filtered.changesSince = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
    row("list filtered", filtered.spec(), "GET", QStringLiteral("servers/detail"),
        "limit=1&marker=m 1&name=^web-&status=ACTIVE&ip=10.0.0.&image=img&flavor=fl&tags=lab,x"
        "&changes-since=2026-11-25T09:00:00Z",
        "", "2.26");
    row("summaries", ListServerSummariesRequest{}.spec(), "GET", QStringLiteral("servers"), "", "");
    ListServerSummariesRequest summaries;
    summaries.limit = 2;
    summaries.marker = QStringLiteral("m 1");
    summaries.statuses = {QStringLiteral("ACTIVE"), QStringLiteral("ERROR")};
    summaries.tags = {QStringLiteral("zenith-lab:lab")};
    row("summaries filtered", summaries.spec(), "GET", QStringLiteral("servers"),
        "limit=2&marker=m 1&status=ACTIVE&status=ERROR&tags=zenith-lab:lab", "", "2.26");
    row("get", GetServerRequest{kOdd}.spec(), "GET", kOddPath, "", "");
    row("delete", DeleteServerRequest{kOdd}.spec(), "DELETE", kOddPath, "", "");
}

void createRows()
{
    CreateServerRequest minimal;
    minimal.name = QStringLiteral("vm");
    minimal.imageRef = QStringLiteral("img");
    minimal.flavorRef = QStringLiteral("fl");
    row("create, no network", minimal.spec(), "POST", QStringLiteral("servers"), "",
        R"({"server": {"name": "vm", "imageRef": "img", "flavorRef": "fl", "networks": "none"}})", "2.37");
    minimal.autoAllocateNetwork = true;
    row("create, auto network", minimal.spec(), "POST", QStringLiteral("servers"), "",
        R"({"server": {"name": "vm", "imageRef": "img", "flavorRef": "fl", "networks": "auto"}})", "2.37");

    CreateServerRequest full;
    full.name = QStringLiteral("lab-1");
    full.imageRef = QStringLiteral("img");
    full.flavorRef = QStringLiteral("fl");
    full.nics = {ServerNic::network(QStringLiteral("net1")), ServerNic::port(QStringLiteral("port1")),
                 ServerNic::network(QStringLiteral("net2"), QStringLiteral("10.0.0.9"))};
    full.securityGroups = {QStringLiteral("default"), QStringLiteral("web")};
    full.keyName = QStringLiteral("key");
    full.userData = QStringLiteral("#cloud-config\nhostname: lab-é\n");
    full.configDrive = true;
    full.availabilityZone = QStringLiteral("nova");
    full.minCount = 1;
    full.maxCount = 2;
    full.metadata = {{QStringLiteral("lab"), QStringLiteral("1")}};
    full.tags = {QStringLiteral("zenith")};
    full.serverGroupId = QStringLiteral("grp");
    row("create, everything", full.spec(), "POST", QStringLiteral("servers"), "",
        R"({"server": {"name": "lab-1", "imageRef": "img", "flavorRef": "fl",
            "networks": [{"uuid": "net1"}, {"port": "port1"}, {"uuid": "net2", "fixed_ip": "10.0.0.9"}],
            "security_groups": [{"name": "default"}, {"name": "web"}], "key_name": "key",
            "user_data": "I2Nsb3VkLWNvbmZpZwpob3N0bmFtZTogbGFiLcOpCg==", "config_drive": true,
            "availability_zone": "nova", "min_count": 1, "max_count": 2, "metadata": {"lab": "1"},
            "tags": ["zenith"]},
            "os:scheduler_hints": {"group": "grp"}})",
        "2.52");

    CreateServerRequest bfv;
    bfv.name = QStringLiteral("vm");
    bfv.flavorRef = QStringLiteral("fl");
    bfv.nics = {ServerNic::network(QStringLiteral("net1"))};
    bfv.blockDevices = {ServerBlockDevice::bootVolumeFromImage(QStringLiteral("img"), 5, true)};
    row("create, boot from volume", bfv.spec(), "POST", QStringLiteral("servers"), "",
        R"({"server": {"name": "vm", "flavorRef": "fl", "networks": [{"uuid": "net1"}],
            "block_device_mapping_v2": [{"boot_index": 0, "uuid": "img", "source_type": "image",
            "destination_type": "volume", "volume_size": 5, "delete_on_termination": true}]}})");
}

void actionRows()
{
    const QString action = kOddPath + QStringLiteral("/action");
    row("start", StartServerRequest{kOdd}.spec(), "POST", action, "", R"({"os-start": null})");
    row("stop", StopServerRequest{kOdd}.spec(), "POST", action, "", R"({"os-stop": null})");
    row("reboot soft", RebootServerRequest{kOdd}.spec(), "POST", action, "", R"({"reboot": {"type": "SOFT"}})");
    row("reboot hard", RebootServerRequest{kOdd, RebootServerRequest::Type::Hard}.spec(), "POST", action, "",
        R"({"reboot": {"type": "HARD"}})");
    row("shelve", ShelveServerRequest{kOdd}.spec(), "POST", action, "", R"({"shelve": null})");
    row("unshelve", server<UnshelveServerRequest>().spec(), "POST", action, "", R"({"unshelve": null})");
    row("unshelve to a zone", UnshelveServerRequest{kOdd, QStringLiteral("az2")}.spec(), "POST", action, "",
        R"({"unshelve": {"availability_zone": "az2"}})", "2.77");
    row("resize", ResizeServerRequest{kOdd, QStringLiteral("fl2")}.spec(), "POST", action, "",
        R"({"resize": {"flavorRef": "fl2"}})");
    row("confirm resize", ConfirmServerResizeRequest{kOdd}.spec(), "POST", action, "", R"({"confirmResize": null})");
    row("revert resize", RevertServerResizeRequest{kOdd}.spec(), "POST", action, "", R"({"revertResize": null})");
    row("lock", server<LockServerRequest>().spec(), "POST", action, "", R"({"lock": null})");
    row("lock with reason", LockServerRequest{kOdd, QStringLiteral("exam")}.spec(), "POST", action, "",
        R"({"lock": {"locked_reason": "exam"}})", "2.73");
    row("unlock", UnlockServerRequest{kOdd}.spec(), "POST", action, "", R"({"unlock": null})");
    row("rescue", server<RescueServerRequest>().spec(), "POST", action, "", R"({"rescue": null})");
    row("rescue with image", RescueServerRequest{kOdd, std::nullopt, QStringLiteral("img")}.spec(), "POST", action, "",
        R"({"rescue": {"rescue_image_ref": "img"}})");
    row("unrescue", UnrescueServerRequest{kOdd}.spec(), "POST", action, "", R"({"unrescue": null})");
    row("create image", CreateServerImageRequest{kOdd, QStringLiteral("snap"), {}}.spec(), "POST", action, "",
        R"({"createImage": {"name": "snap"}})");
    row("create image with metadata",
        CreateServerImageRequest{kOdd, QStringLiteral("snap"), {{QStringLiteral("k"), QStringLiteral("v")}}}.spec(),
        "POST", action, "", R"({"createImage": {"name": "snap", "metadata": {"k": "v"}}})");
    row("console output", GetServerConsoleOutputRequest{kOdd, 50}.spec(), "POST", action, "",
        R"({"os-getConsoleOutput": {"length": 50}})");
    row("whole console output", server<GetServerConsoleOutputRequest>().spec(), "POST", action, "",
        R"({"os-getConsoleOutput": {}})");
}

void subResourceRows()
{
    row("remote console", CreateServerRemoteConsoleRequest{kOdd}.spec(), "POST",
        kOddPath + QStringLiteral("/remote-consoles"), "",
        R"({"remote_console": {"protocol": "vnc", "type": "novnc"}})", "2.6");
    row("replace tags", ReplaceServerTagsRequest{kOdd, {QStringLiteral("a"), QStringLiteral("b")}}.spec(), "PUT",
        kOddPath + QStringLiteral("/tags"), "", R"({"tags": ["a", "b"]})", "2.26");
    row("remove all tags", ReplaceServerTagsRequest{kOdd, {}}.spec(), "PUT", kOddPath + QStringLiteral("/tags"), "",
        R"({"tags": []})", "2.26");
    const QString actions = kOddPath + QStringLiteral("/os-instance-actions");
    row("actions", ListServerActionsRequest{kOdd, std::nullopt, std::nullopt}.spec(), "GET", actions, "", "");
    row("actions paged", ListServerActionsRequest{kOdd, 2, QStringLiteral("req-1")}.spec(), "GET", actions,
        "limit=2&marker=req-1", "", "2.58");
    row("action", GetServerActionRequest{kOdd, QStringLiteral("req-1")}.spec(), "GET",
        actions + QStringLiteral("/req-1"), "", "");

    const QString interfaces = kOddPath + QStringLiteral("/os-interface");
    row("interfaces", ListServerInterfacesRequest{kOdd}.spec(), "GET", interfaces, "", "");
    row("attach network",
        AttachServerInterfaceRequest{
            kOdd, QStringLiteral("net"), std::nullopt, {PortFixedIp{QString(), QStringLiteral("10.0.0.201")}}}
            .spec(),
        "POST", interfaces, "",
        R"({"interfaceAttachment": {"net_id": "net", "fixed_ips": [{"ip_address": "10.0.0.201"}]}})");
    row("attach port", AttachServerInterfaceRequest{kOdd, std::nullopt, QStringLiteral("p1"), {}}.spec(), "POST",
        interfaces, "", R"({"interfaceAttachment": {"port_id": "p1"}})");
    row("detach interface", DetachServerInterfaceRequest{kOdd, QStringLiteral("p 1")}.spec(), "DELETE",
        interfaces + QStringLiteral("/p%201"), "", "");

    const QString volumes = kOddPath + QStringLiteral("/os-volume_attachments");
    row("volumes", ListServerVolumeAttachmentsRequest{kOdd}.spec(), "GET", volumes, "", "");
    row("attach volume", AttachServerVolumeRequest{kOdd, QStringLiteral("v1"), std::nullopt, std::nullopt}.spec(),
        "POST", volumes, "", R"({"volumeAttachment": {"volumeId": "v1"}})");
    row("attach volume, delete with server",
        AttachServerVolumeRequest{kOdd, QStringLiteral("v1"), QStringLiteral("/dev/vdb"), true}.spec(), "POST", volumes,
        "", R"({"volumeAttachment": {"volumeId": "v1", "device": "/dev/vdb", "delete_on_termination": true}})", "2.79");
    row("detach volume", DetachServerVolumeRequest{kOdd, QStringLiteral("v/1")}.spec(), "DELETE",
        volumes + QStringLiteral("/v%2F1"), "", "");
}

} // namespace

class TestComputeSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spec_data()
    {
        QTest::addColumn<RequestSpec>("spec");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("microversion");
        serverRows();
        createRows();
        actionRows();
        subResourceRows();
    }

    void spec()
    {
        QFETCH(RequestSpec, spec);
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(QByteArray, body);
        QFETCH(QString, microversion);

        QCOMPARE(spec.service, ServiceType::Compute);
        QCOMPARE(QString::fromLatin1(methodName(spec.method)), method);
        QCOMPARE(spec.path, path);
        QCOMPARE(spec.query.toString(QUrl::FullyDecoded), query);
        QCOMPARE(spec.minMicroversion ? spec.minMicroversion->toString() : QString(), microversion);
        if (body.isEmpty()) {
            QVERIFY(spec.body.isEmpty());
            return;
        }
        QCOMPARE(spec.contentType, QByteArray("application/json"));
        const QJsonDocument expected = QJsonDocument::fromJson(body);
        QVERIFY2(expected.isObject(), "the expected body in the test is not JSON");
        QCOMPARE(QString::fromUtf8(spec.body), QString::fromUtf8(expected.toJson(QJsonDocument::Compact)));
    }

    void deleteImage()
    {
        const RequestSpec s = DeleteImageRequest{kOdd}.spec();
        QCOMPARE(s.service, ServiceType::Image);
        QCOMPARE(s.method, HttpMethod::Delete);
        QCOMPARE(s.path, QStringLiteral("images/a%20b%2Fc"));
        QVERIFY(s.body.isEmpty());
        QVERIFY(!s.minMicroversion.has_value());
    }
};

QTEST_GUILESS_MAIN(TestComputeSpec)
#include "tst_computespec.moc"
