// ApiError::fromReply on the error bodies of every service: the ones captured from the dev cloud
// (OpenStack Zed) and the ones written from each project's source and API reference (quota,
// rate limit, HTML and plain-text bodies). See tests/data/README.md for where each comes from.

#include "core/apierror.h"

#include "testdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace zenith;

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromReply_data();
    void fromReply();
    void requestIdFromBody_data();
    void requestIdFromBody();
    void emptyBody_data();
    void emptyBody();
    void nonJsonBody_data();
    void nonJsonBody();
    void unknownJsonShape();
    void oldNeutronStringBody();
    void angleBracketsInJsonMessagesSurvive();
    void echoedValuesAreHidden_data();
    void echoedValuesAreHidden();
    void kindForStatus_data();
    void kindForStatus();
    void localAndParseErrors();
    void kindNamesAreDistinct();
};

namespace {

const QString kHeaderId = QStringLiteral("req-0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a");

// The long schema dumps Keystone and Glance put in their 400 messages, whitespace collapsed.
const QString kKeystone400 = QStringLiteral(
    "'name' is a required property Failed validating 'required' in schema: {'additionalProperties': True, "
    "'properties': {'description': {'type': ['string', 'null']}, 'domain_id': {'maxLength': 64, 'minLength': 1, "
    "'pattern': '^[a-zA-Z0-9-]+$', 'type': ['string', 'null']}, 'enabled': {'enum': [True, False, None], "
    "'type': 'boolean'}, 'is_domain': {'enum': [True, False, None], 'type': 'boolean'}, 'name': {'maxLength': 64, "
    "'minLength': 1, 'pattern': '[\\\\S]+', 'type': 'string'}, 'options': {'additionalProperties': False, "
    "'properties': {'immutable': {'enum': [True, False, None], 'type': ['boolean', 'null']}}, 'type': 'object'}, "
    "'parent_id': {'maxLength': 64, 'minLength': 1, 'pattern': '^[a-zA-Z0-9-]+$', 'type': ['string', 'null']}, "
    "'tags': {'items': {'maxLength': 255, 'minLength': 1, 'pattern': '^[^,/]*$', 'type': 'string'}, "
    "'maxItems': 80, 'required': [], 'type': 'array', 'uniqueItems': True}}, 'required': ['name'], "
    "'type': 'object'} On instance: {}");
const QString kGlance400 = QStringLiteral(
    "Provided object does not match schema 'image': 'nope' is not one of [None, 'ami', 'ari', 'aki', 'vhd', "
    "'vhdx', 'vmdk', 'raw', 'qcow2', 'vdi', 'iso', 'ploop'] Failed validating 'enum' in "
    "schema['properties']['disk_format']: {'description': 'Format of the disk', 'enum': [None, 'ami', 'ari', "
    "'aki', 'vhd', 'vhdx', 'vmdk', 'raw', 'qcow2', 'vdi', 'iso', 'ploop'], 'type': ['null', 'string']} "
    "On instance['disk_format']: 'nope'");

void addRow(const char* fixture, int status, const char* service, const char* kind, const QString& code,
            const QString& message)
{
    QTest::newRow(fixture) << QString::fromLatin1(fixture) << status << QString::fromLatin1(service)
                           << QString::fromLatin1(kind) << code << message;
}

} // namespace

void TestApiError::fromReply_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    // Keystone: {"error": {"code", "title", "message"}}; no error type, so the title is the code.
    addRow("errors/error-keystone-400.json", 400, "identity", "BadRequest", QStringLiteral("Bad Request"),
           kKeystone400);
    addRow("errors/error-keystone-401.json", 401, "identity", "Unauthorized", QStringLiteral("Unauthorized"),
           QStringLiteral("The request you have made requires authentication."));
    addRow("errors/error-keystone-404.json", 404, "identity", "NotFound", QStringLiteral("Not Found"),
           QStringLiteral("Could not find project: doesnotexist."));
    addRow("errors/error-keystone-409.json", 409, "identity", "Conflict", QStringLiteral("Conflict"),
           QStringLiteral("Conflict occurred attempting to store project - it is not permitted to have two "
                          "projects with either the same name or same id in the same domain: name is demo, "
                          "project id 4ec09a056f4f4e9b9751fd9a95f17793."));

    // Nova: {"<faultName>": {"code", "message"}}; keystonemiddleware answers 401 in Keystone's shape.
    addRow("errors/error-nova-400.json", 400, "compute", "BadRequest", QStringLiteral("badRequest"),
           QStringLiteral("Invalid input for field/attribute server. Value: {'name': 'x'}. "
                          "'flavorRef' is a required property"));
    addRow("errors/error-nova-401-keystonemiddleware.json", 401, "compute", "Unauthorized",
           QStringLiteral("Unauthorized"), QStringLiteral("The request you have made requires authentication."));
    addRow("errors/error-nova-403-policy.json", 403, "compute", "Forbidden", QStringLiteral("forbidden"),
           QStringLiteral("Policy doesn't allow os_compute_api:servers:create:forced_host to be performed."));
    addRow("errors/error-nova-403-quota.json", 403, "compute", "OverLimit", QStringLiteral("forbidden"),
           QStringLiteral("Quota exceeded for instances: Requested 1, but already used 10 of 10 instances"));
    addRow("errors/error-nova-404.json", 404, "compute", "NotFound", QStringLiteral("itemNotFound"),
           QStringLiteral("Instance 00000000-0000-0000-0000-000000000000 could not be found."));
    addRow("errors/error-nova-406-microversion.json", 406, "compute", "Unsupported", QStringLiteral("computeFault"),
           QStringLiteral("Version 9.99 is not supported by the API. Minimum is 2.1 and maximum is 2.93."));
    addRow("errors/error-nova-409.json", 409, "compute", "Conflict", QStringLiteral("conflictingRequest"),
           QStringLiteral("Cannot 'unpause' instance 1ef1cd06-a958-40fe-9c52-a5cd2ad3dbfe while it is in "
                          "vm_state active"));
    addRow("errors/error-nova-413-overlimit.json", 413, "compute", "OverLimit", QStringLiteral("overLimit"),
           QStringLiteral("Quota exceeded for cores: Requested 4, but already used 20 of 20 cores"));
    addRow("errors/error-nova-429-ratelimit.json", 429, "compute", "OverLimit", QStringLiteral("overLimit"),
           QStringLiteral("This request was rate-limited. Only 10 POST request(s) can be made to * every minute."));

    // Cinder: Nova's shape; a quota error carries the exception name in its message.
    addRow("errors/error-cinder-400.json", 400, "block-storage", "BadRequest", QStringLiteral("badRequest"),
           QStringLiteral("Invalid input for field/attribute size. Value: abc. 'abc' does not match '^[0-9]+$'"));
    addRow("errors/error-cinder-400-delete-in-use.json", 400, "block-storage", "BadRequest",
           QStringLiteral("badRequest"),
           QStringLiteral("Invalid volume: Volume status must be available or error or error_restoring or "
                          "error_extending or error_managing and must not be migrating, attached, belong to a "
                          "group, have snapshots, awaiting a transfer, or be disassociated from snapshots after "
                          "volume transfer."));
    addRow("errors/error-cinder-404.json", 404, "block-storage", "NotFound", QStringLiteral("itemNotFound"),
           QStringLiteral("Volume 00000000-0000-0000-0000-000000000000 could not be found."));
    addRow("errors/error-cinder-409.json", 409, "block-storage", "Conflict", QStringLiteral("conflictingRequest"),
           QStringLiteral("Volume Type __DEFAULT__ already exists."));
    addRow("errors/error-cinder-413-volumelimit.json", 413, "block-storage", "OverLimit", QStringLiteral("overLimit"),
           QStringLiteral("VolumeLimitExceeded: Maximum number of volumes allowed (10) exceeded for quota "
                          "'volumes'."));

    // Neutron: {"NeutronError": {"type", "message", "detail"}}; quota is a 409 OverQuota.
    addRow("errors/error-neutron-400.json", 400, "network", "BadRequest", QStringLiteral("InvalidInput"),
           QStringLiteral("Invalid input for operation: not-a-cidr is not in a CIDR format."));
    addRow("errors/error-neutron-404.json", 404, "network", "NotFound", QStringLiteral("PortNotFound"),
           QStringLiteral("Port 00000000-0000-0000-0000-000000000000 could not be found."));
    addRow("errors/error-neutron-409.json", 409, "network", "Conflict", QStringLiteral("NetworkInUse"),
           QStringLiteral("Unable to complete operation on network 1c8c1c5f-14f6-475d-ba5c-7bddbc8c88dc. There are "
                          "one or more ports still in use on the network, id for these ports is: "
                          "e6cb5488-5ed5-454d-ae36-66ccc10f6a6b,32c67998-f36e-42f5-b2ea-4349be717393."));
    addRow("errors/error-neutron-409-overquota.json", 409, "network", "OverLimit", QStringLiteral("OverQuota"),
           QStringLiteral("Quota exceeded for resources: ['network']."));
    addRow("errors/error-neutron-409-ipallocated.json", 409, "network", "Conflict",
           QStringLiteral("IpAddressAlreadyAllocated"),
           QStringLiteral("IP address 10.0.0.10 already allocated in subnet 5f2b1e4a-3c7d-4e8f-9a0b-1c2d3e4f5a6b"));

    // Glance: JSON only with Accept: application/json (and "<br />" remnants even then), else webob's
    // HTML page, or its plain-text form.
    addRow("errors/error-glance-400.json", 400, "image", "BadRequest", QStringLiteral("Bad Request"), kGlance400);
    addRow("errors/error-glance-404.json", 404, "image", "NotFound", QStringLiteral("Not Found"),
           QStringLiteral("No image found with ID 00000000-0000-0000-0000-000000000000"));
    addRow("errors/error-glance-409.json", 409, "image", "Conflict", QStringLiteral("Conflict"),
           QStringLiteral("Image status transition from active to saving is not allowed"));
    addRow("errors/error-glance-404.html", 404, "image", "NotFound", QString(),
           QStringLiteral("No image found with ID 00000000-0000-0000-0000-000000000000"));
    addRow("errors/error-glance-409.html", 409, "image", "Conflict", QString(),
           QStringLiteral("Image status transition from active to saving is not allowed"));
    addRow("errors/error-glance-404.txt", 404, "image", "NotFound", QString(),
           QStringLiteral("No image found with ID 00000000-0000-0000-0000-000000000000"));
    addRow("errors/error-webob-404.txt", 404, "compute", "NotFound", QString(),
           QStringLiteral("The resource could not be found."));

    // Designate: a flat {"code", "type", "message", "request_id"}; before Wallaby an over-quota had no message.
    addRow("errors/error-designate-400.json", 400, "dns", "BadRequest", QStringLiteral("invalid_object"),
           QStringLiteral("Provided object is not valid. Got a ValueError error with message Domain no-dot does "
                          "not end with a dot"));
    addRow("errors/error-designate-404.json", 404, "dns", "NotFound", QStringLiteral("zone_not_found"),
           QStringLiteral("Could not find Zone"));
    addRow("errors/error-designate-409.json", 409, "dns", "Conflict", QStringLiteral("duplicate_zone"),
           QStringLiteral("Duplicate Zone"));
    addRow("errors/error-designate-413-overquota.json", 413, "dns", "OverLimit", QStringLiteral("over_quota"),
           QStringLiteral("Quota exceeded for zones."));
    addRow("errors/error-designate-413-overquota-victoria.json", 413, "dns", "OverLimit", QStringLiteral("over_quota"),
           QString());

    // Heat: {"code", "title", "explanation", "error": {"type", "message", "traceback"}}.
    addRow("errors/error-heat-400.json", 400, "orchestration", "BadRequest", QStringLiteral("StackValidationFailed"),
           QStringLiteral("The Resource Type (OS::No::Such) could not be found."));
    addRow("errors/error-heat-404.json", 404, "orchestration", "NotFound", QStringLiteral("EntityNotFound"),
           QStringLiteral("The Stack (nope) could not be found."));
    addRow("errors/error-heat-409.json", 409, "orchestration", "Conflict", QStringLiteral("StackExists"),
           QStringLiteral("The Stack (smoke-stack-22726) already exists."));

    // Placement: {"errors": [{"status", "title", "detail", "code", "request_id"}]}.
    addRow("errors/error-placement-404.json", 404, "placement", "NotFound", QStringLiteral("placement.undefined_code"),
           QStringLiteral("The resource could not be found. No resource provider with uuid nope found"));
}

void TestApiError::fromReply()
{
    QFETCH(QString, fixture);
    QFETCH(int, status);
    QFETCH(QString, service);
    QFETCH(QString, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    ZENITH_FIXTURE(body, fixture);

    const ApiError e = ApiError::fromReply(status, body, service, kHeaderId);

    QCOMPARE(kindName(e.kind), kind);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.service, service);
    QCOMPARE(e.code, code);
    QCOMPARE(e.message, message);
    // The header's id always wins over one found in the body.
    QCOMPARE(e.requestId, kHeaderId);
    QVERIFY2(!e.message.contains(u'<') && !e.message.contains(u'\n'), qPrintable(e.message));
}

void TestApiError::requestIdFromBody_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("requestId");

    QTest::newRow("designate 400") << QStringLiteral("errors/error-designate-400.json") << 400
                                   << QStringLiteral("req-8dfe7aac-8128-4df5-afe6-47464346f683");
    QTest::newRow("designate 404") << QStringLiteral("errors/error-designate-404.json") << 404
                                   << QStringLiteral("req-86250028-39a7-44d6-abd9-634f1746f770");
    QTest::newRow("designate 409") << QStringLiteral("errors/error-designate-409.json") << 409
                                   << QStringLiteral("req-6d82ae01-cbae-4da4-9028-42e24c14bd0d");
    QTest::newRow("designate 413 without message")
        << QStringLiteral("errors/error-designate-413-overquota-victoria.json") << 413
        << QStringLiteral("req-0d9e8f7a-6b5c-4d3e-2f1a-0b9c8d7e6f5a");
    QTest::newRow("placement 404") << QStringLiteral("errors/error-placement-404.json") << 404
                                   << QStringLiteral("req-1c73f625-376f-4da2-b10e-679a04bb0da5");
    // Services whose bodies carry no id leave it empty rather than inventing one.
    QTest::newRow("nova 404") << QStringLiteral("errors/error-nova-404.json") << 404 << QString();
    QTest::newRow("neutron 409") << QStringLiteral("errors/error-neutron-409.json") << 409 << QString();
    QTest::newRow("heat 409") << QStringLiteral("errors/error-heat-409.json") << 409 << QString();
    QTest::newRow("glance html") << QStringLiteral("errors/error-glance-404.html") << 404 << QString();
}

void TestApiError::requestIdFromBody()
{
    QFETCH(QString, fixture);
    QFETCH(int, status);
    QFETCH(QString, requestId);
    ZENITH_FIXTURE(body, fixture);

    const ApiError e = ApiError::fromReply(status, body, QStringLiteral("dns"), QString());
    QCOMPARE(e.requestId, requestId);
}

void TestApiError::emptyBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");

    QTest::newRow("503 empty") << 503 << QByteArray() << QStringLiteral("Server");
    QTest::newRow("404 empty") << 404 << QByteArray() << QStringLiteral("NotFound");
    QTest::newRow("401 whitespace") << 401 << QByteArray(" \r\n\t ") << QStringLiteral("Unauthorized");
    QTest::newRow("409 empty object") << 409 << QByteArray("{}") << QStringLiteral("Conflict");
}

void TestApiError::emptyBody()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);

    const ApiError e = ApiError::fromReply(status, body, QStringLiteral("compute"), kHeaderId);
    QCOMPARE(kindName(e.kind), kind);
    QCOMPARE(e.httpStatus, status);
    QVERIFY(e.message.isEmpty());
    QVERIFY(e.code.isEmpty());
    QCOMPARE(e.requestId, kHeaderId);
}

void TestApiError::nonJsonBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");

    // HAProxy's default 503 page, as load balancers in front of OpenStack APIs send it.
    QTest::newRow("haproxy 503") << 503
                                 << QByteArray("<html><body><h1>503 Service Unavailable</h1>\n"
                                               "No server is available to handle this request.\n</body></html>\n")
                                 << QStringLiteral("Server")
                                 << QStringLiteral("No server is available to handle this request.");
    // Envoy / a proxy's plain text, no status line to strip.
    QTest::newRow("proxy plain text") << 503
                                      << QByteArray("upstream connect error or disconnect/reset before headers. "
                                                    "reset reason: connection failure")
                                      << QStringLiteral("Server")
                                      << QStringLiteral("upstream connect error or disconnect/reset before headers. "
                                                        "reset reason: connection failure");
    // Truncated JSON is not JSON: the text is kept as it is.
    QTest::newRow("truncated json") << 500 << QByteArray(R"({"computeFault": {"code": 500, "mess)")
                                    << QStringLiteral("Server")
                                    << QStringLiteral(R"({"computeFault": {"code": 500, "mess)");
    // HTML entities are decoded once.
    QTest::newRow("entities") << 400 << QByteArray("<p>Name &quot;a&amp;b&quot; isn&#39;t valid</p>")
                              << QStringLiteral("BadRequest") << QStringLiteral("Name \"a&b\" isn't valid");
}

void TestApiError::nonJsonBody()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);
    QFETCH(QString, message);

    const ApiError e = ApiError::fromReply(status, body, QStringLiteral("compute"), {});
    QCOMPARE(kindName(e.kind), kind);
    QCOMPARE(e.message, message);
    QVERIFY(e.code.isEmpty());
}

void TestApiError::unknownJsonShape()
{
    const ApiError e = ApiError::fromReply(500, R"({"foo": "bar", "baz": 1})", QStringLiteral("compute"), {});
    QCOMPARE(kindName(e.kind), QStringLiteral("Server"));
    QCOMPARE(e.httpStatus, 500);
    QVERIFY(e.message.isEmpty());
    QVERIFY(e.code.isEmpty());
}

void TestApiError::oldNeutronStringBody()
{
    // Neutron before Kilo: {"NeutronError": "<message>"}.
    const ApiError e = ApiError::fromReply(404, R"({"NeutronError": "Network 1c8c1c5f could not be found"})",
                                           QStringLiteral("network"), {});
    QCOMPARE(kindName(e.kind), QStringLiteral("NotFound"));
    QCOMPARE(e.code, QStringLiteral("NeutronError"));
    QCOMPARE(e.message, QStringLiteral("Network 1c8c1c5f could not be found"));
}

void TestApiError::angleBracketsInJsonMessagesSurvive()
{
    // Only HTML tags are stripped: a validation message may name a placeholder in angle brackets.
    const ApiError e =
        ApiError::fromReply(400, R"({"badRequest": {"code": 400, "message": "Invalid <name> in request<br />body"}})",
                            QStringLiteral("compute"), {});
    QCOMPARE(e.message, QStringLiteral("Invalid <name> in request body"));
}

void TestApiError::echoedValuesAreHidden_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("shown");
    const QString prefix = QStringLiteral("Invalid input for field/attribute ");
    QTest::newRow("short name kept") << prefix + QStringLiteral("name. Value: web 1. 'web 1' does not match '^x$'")
                                     << prefix + QStringLiteral("name. Value: web 1. 'web 1' does not match '^x$'");
    QTest::newRow("password hidden") << prefix + QStringLiteral("adminPass. Value: s3cret. 's3cret' is too short")
                                     << prefix + QStringLiteral("adminPass. Value: <6 characters>. "
                                                                "'<6 characters>' is too short");
    const QString longName(300, u'n');
    QTest::newRow("long value hidden") << prefix + QStringLiteral("name. Value: %1. '%1' is too long").arg(longName)
                                       << prefix + QStringLiteral("name. Value: <300 characters>. "
                                                                  "'<300 characters>' is too long");
    // Without the quoted repeat, everything after "Value: " may be the value.
    QTest::newRow("unquoted secret") << prefix + QStringLiteral("user_data. Value: abc. Something else")
                                     << prefix + QStringLiteral("user_data. Value: <19 characters>");
    QTest::newRow("other messages") << QStringLiteral("Invalid input for operation: Value: 1. '1' bad")
                                    << QStringLiteral("Invalid input for operation: Value: 1. '1' bad");
}

void TestApiError::echoedValuesAreHidden()
{
    QFETCH(QString, message);
    QFETCH(QString, shown);
    const QJsonObject body{{QStringLiteral("badRequest"),
                            QJsonObject{{QStringLiteral("code"), 400}, {QStringLiteral("message"), message}}}};
    const ApiError e = ApiError::fromReply(400, QJsonDocument(body).toJson(), QStringLiteral("compute"), QString());
    QCOMPARE(e.message, shown);
}

void TestApiError::kindForStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("kind");

    QTest::newRow("400") << 400 << QStringLiteral("BadRequest");
    QTest::newRow("401") << 401 << QStringLiteral("Unauthorized");
    QTest::newRow("403") << 403 << QStringLiteral("Forbidden");
    QTest::newRow("404") << 404 << QStringLiteral("NotFound");
    QTest::newRow("405") << 405 << QStringLiteral("Unsupported");
    QTest::newRow("406") << 406 << QStringLiteral("Unsupported");
    QTest::newRow("409") << 409 << QStringLiteral("Conflict");
    QTest::newRow("413") << 413 << QStringLiteral("OverLimit");
    QTest::newRow("418 (other 4xx)") << 418 << QStringLiteral("BadRequest");
    QTest::newRow("422") << 422 << QStringLiteral("BadRequest");
    QTest::newRow("429") << 429 << QStringLiteral("OverLimit");
    QTest::newRow("500") << 500 << QStringLiteral("Server");
    QTest::newRow("501") << 501 << QStringLiteral("Unsupported");
    QTest::newRow("502") << 502 << QStringLiteral("Server");
    QTest::newRow("503") << 503 << QStringLiteral("Server");
    QTest::newRow("504") << 504 << QStringLiteral("Server");
}

void TestApiError::kindForStatus()
{
    QFETCH(int, status);
    QFETCH(QString, kind);
    QCOMPARE(kindName(ApiError::kindForStatus(status)), kind);
}

void TestApiError::localAndParseErrors()
{
    const ApiError local =
        ApiError::local(ApiError::Kind::Config, QStringLiteral("no auth_url"), QStringLiteral("identity"));
    QCOMPARE(kindName(local.kind), QStringLiteral("Config"));
    QCOMPARE(local.httpStatus, 0);
    QCOMPARE(local.message, QStringLiteral("no auth_url"));
    QCOMPARE(local.service, QStringLiteral("identity"));

    const ApiError parse = ApiError::parse(QStringLiteral("server.id"), QStringLiteral("is missing"));
    QCOMPARE(kindName(parse.kind), QStringLiteral("Parse"));
    QCOMPARE(parse.message, QStringLiteral("server.id: is missing"));
}

void TestApiError::kindNamesAreDistinct()
{
    using K = ApiError::Kind;
    const QList<K> kinds{K::Network,  K::Timeout,   K::Unauthorized, K::Forbidden,   K::NotFound,
                         K::Conflict, K::OverLimit, K::BadRequest,   K::Unsupported, K::Server,
                         K::Parse,    K::Cancelled, K::Config};
    QStringList names;
    for (K k : kinds) {
        const QString name = kindName(k);
        QVERIFY(!name.isEmpty());
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.append(name);
    }
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
