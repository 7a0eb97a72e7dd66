// CreateTokenRequest: the Keystone v3 POST /v3/auth/tokens body for every way clouds.yaml can
// authenticate, the configuration errors, the identity base URL, and parsing the reply.

#include "core/createtokenrequest.h"

#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace zenith;

class TestCreateToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void body_data();
    void body();
    void configErrors_data();
    void configErrors();
    void identityBase_data();
    void identityBase();
    void spec();
    void specOfBrokenSettings();
    void parse();
    void parseErrors_data();
    void parseErrors();
};

namespace {

const QString kProject = QStringLiteral("0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5");
const QString kUser = QStringLiteral("user-Ab3dEf6hIj9k");

//! The OVHcloud openrc's settings: password, user and project by name in domain "Default".
AuthSettings ovhPassword()
{
    AuthSettings a;
    a.method = AuthSettings::Method::Password;
    a.authUrl = QUrl(QStringLiteral("https://auth.cloud.ovh.net/v3"));
    a.username = kUser;
    a.userDomainName = QStringLiteral("Default");
    a.password = QStringLiteral("s3cr3t-P@ss");
    a.projectName = QStringLiteral("8012345678901234");
    a.projectDomainName = QStringLiteral("Default");
    return a;
}

AuthSettings appCredential()
{
    AuthSettings a;
    a.method = AuthSettings::Method::ApplicationCredential;
    a.authUrl = QUrl(QStringLiteral("https://auth.cloud.ovh.net/v3"));
    a.applicationCredentialId = QStringLiteral("aa5a9e1d2f0b4c3e8d7f6a5b4c3d2e1f");
    a.applicationCredentialSecret = QStringLiteral("Xq9-appcred-secret");
    return a;
}

QJsonObject parsed(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QJsonObject obj(const char* json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        qFatal("bad expected JSON in test: %s", json);
    return doc.object();
}

} // namespace

Q_DECLARE_METATYPE(zenith::AuthSettings)

void TestCreateToken::body_data()
{
    QTest::addColumn<AuthSettings>("auth");
    QTest::addColumn<std::optional<QString>>("projectOverride");
    QTest::addColumn<QJsonObject>("expected");

    const std::optional<QString> none;

    QTest::newRow("password, user and project by name") << ovhPassword() << none << obj(R"({"auth": {
        "identity": {"methods": ["password"], "password": {"user": {"name": "user-Ab3dEf6hIj9k",
            "domain": {"name": "Default"}, "password": "s3cr3t-P@ss"}}},
        "scope": {"project": {"name": "8012345678901234", "domain": {"name": "Default"}}}}})");

    // OVHcloud's clouds.yaml gives both project_id and project_name: the id is enough.
    AuthSettings byProjectId = ovhPassword();
    byProjectId.projectId = kProject;
    QTest::newRow("password, project id wins over name") << byProjectId << none << obj(R"({"auth": {
        "identity": {"methods": ["password"], "password": {"user": {"name": "user-Ab3dEf6hIj9k",
            "domain": {"name": "Default"}, "password": "s3cr3t-P@ss"}}},
        "scope": {"project": {"id": "0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5"}}}})");

    AuthSettings byUserId = ovhPassword();
    byUserId.username.clear();
    byUserId.userDomainName.clear();
    byUserId.userId = QStringLiteral("d4c0b1e2f3a44b5c9d8e7f6a5b4c3d2e");
    byUserId.projectDomainName.clear();
    byUserId.projectDomainId = QStringLiteral("default");
    QTest::newRow("password, user by id, project domain by id") << byUserId << none << obj(R"({"auth": {
        "identity": {"methods": ["password"], "password": {"user": {"id": "d4c0b1e2f3a44b5c9d8e7f6a5b4c3d2e",
            "password": "s3cr3t-P@ss"}}},
        "scope": {"project": {"name": "8012345678901234", "domain": {"id": "default"}}}}})");

    AuthSettings domainIdAndName = ovhPassword();
    domainIdAndName.userDomainId = QStringLiteral("default");
    QTest::newRow("password, user domain id wins over name") << domainIdAndName << none << obj(R"({"auth": {
        "identity": {"methods": ["password"], "password": {"user": {"name": "user-Ab3dEf6hIj9k",
            "domain": {"id": "default"}, "password": "s3cr3t-P@ss"}}},
        "scope": {"project": {"name": "8012345678901234", "domain": {"name": "Default"}}}}})");

    AuthSettings domainScope = ovhPassword();
    domainScope.projectName.clear();
    domainScope.projectDomainName.clear();
    domainScope.domainName = QStringLiteral("Default");
    QTest::newRow("password, domain scope") << domainScope << none << obj(R"({"auth": {
        "identity": {"methods": ["password"], "password": {"user": {"name": "user-Ab3dEf6hIj9k",
            "domain": {"name": "Default"}, "password": "s3cr3t-P@ss"}}},
        "scope": {"domain": {"name": "Default"}}}})");

    AuthSettings unscoped = ovhPassword();
    unscoped.projectName.clear();
    unscoped.projectDomainName.clear();
    QTest::newRow("password, unscoped") << unscoped << none << obj(R"({"auth": {
        "identity": {"methods": ["password"], "password": {"user": {"name": "user-Ab3dEf6hIj9k",
            "domain": {"name": "Default"}, "password": "s3cr3t-P@ss"}}}}})");

    QTest::newRow("password, switching project")
        << ovhPassword() << std::optional<QString>(QStringLiteral("f00d")) << obj(R"({"auth": {
        "identity": {"methods": ["password"], "password": {"user": {"name": "user-Ab3dEf6hIj9k",
            "domain": {"name": "Default"}, "password": "s3cr3t-P@ss"}}},
        "scope": {"project": {"id": "f00d"}}}})");

    QTest::newRow("application credential by id") << appCredential() << none << obj(R"({"auth": {
        "identity": {"methods": ["application_credential"], "application_credential":
            {"id": "aa5a9e1d2f0b4c3e8d7f6a5b4c3d2e1f", "secret": "Xq9-appcred-secret"}}}})");

    // The credential carries its project: Keystone refuses a scope next to it, even a configured one.
    AuthSettings appCredWithProject = appCredential();
    appCredWithProject.projectId = kProject;
    appCredWithProject.projectName = QStringLiteral("8012345678901234");
    appCredWithProject.projectDomainName = QStringLiteral("Default");
    QTest::newRow("application credential ignores the project")
        << appCredWithProject << std::optional<QString>(QStringLiteral("f00d")) << obj(R"({"auth": {
        "identity": {"methods": ["application_credential"], "application_credential":
            {"id": "aa5a9e1d2f0b4c3e8d7f6a5b4c3d2e1f", "secret": "Xq9-appcred-secret"}}}})");

    AuthSettings appCredByName = appCredential();
    appCredByName.applicationCredentialId.clear();
    appCredByName.applicationCredentialName = QStringLiteral("zenith-lab");
    appCredByName.username = kUser;
    appCredByName.userDomainName = QStringLiteral("Default");
    QTest::newRow("application credential by name and user") << appCredByName << none << obj(R"({"auth": {
        "identity": {"methods": ["application_credential"], "application_credential":
            {"name": "zenith-lab", "secret": "Xq9-appcred-secret",
             "user": {"name": "user-Ab3dEf6hIj9k", "domain": {"name": "Default"}}}}}})");

    AuthSettings appCredByNameUserId = appCredByName;
    appCredByNameUserId.username.clear();
    appCredByNameUserId.userDomainName.clear();
    appCredByNameUserId.userId = QStringLiteral("d4c0b1e2f3a44b5c9d8e7f6a5b4c3d2e");
    QTest::newRow("application credential by name and user id") << appCredByNameUserId << none << obj(R"({"auth": {
        "identity": {"methods": ["application_credential"], "application_credential":
            {"name": "zenith-lab", "secret": "Xq9-appcred-secret", "user": {"id": "d4c0b1e2f3a44b5c9d8e7f6a5b4c3d2e"}}}}})");

    AuthSettings token;
    token.method = AuthSettings::Method::Token;
    token.authUrl = QUrl(QStringLiteral("http://127.0.0.1:5000/v3/"));
    token.token = QStringLiteral("gAAAAABnQ3xYzXq1Tq4dKf0a");
    token.projectId = QStringLiteral("013bec1b6fa640868e7584a13300a8ac");
    QTest::newRow("token, project scope") << token << none << obj(R"({"auth": {
        "identity": {"methods": ["token"], "token": {"id": "gAAAAABnQ3xYzXq1Tq4dKf0a"}},
        "scope": {"project": {"id": "013bec1b6fa640868e7584a13300a8ac"}}}})");
}

void TestCreateToken::body()
{
    QFETCH(AuthSettings, auth);
    QFETCH(std::optional<QString>, projectOverride);
    QFETCH(QJsonObject, expected);

    CreateTokenRequest request;
    request.auth = auth;
    request.projectId = projectOverride;
    const auto body = request.body();
    QVERIFY2(body.ok(), body.ok() ? "" : qPrintable(body.error().message));
    QCOMPARE(parsed(body.value()), expected);
    // Compact JSON, one line: what the dump redacts and the server reads.
    QVERIFY(!body->contains('\n'));
}

void TestCreateToken::configErrors_data()
{
    QTest::addColumn<AuthSettings>("auth");
    QTest::addColumn<QString>("mentions");

    AuthSettings noUrl = ovhPassword();
    noUrl.authUrl = QUrl();
    QTest::newRow("no auth_url") << noUrl << QStringLiteral("auth_url");
    AuthSettings relativeUrl = ovhPassword();
    relativeUrl.authUrl = QUrl(QStringLiteral("auth.cloud.ovh.net/v3"));
    QTest::newRow("auth_url without scheme") << relativeUrl << QStringLiteral("auth_url");
    AuthSettings noPassword = ovhPassword();
    noPassword.password.clear();
    QTest::newRow("no password") << noPassword << QStringLiteral("password");
    AuthSettings noSecret = appCredential();
    noSecret.applicationCredentialSecret.clear();
    QTest::newRow("no application credential secret") << noSecret << QStringLiteral("secret");
    AuthSettings noToken;
    noToken.method = AuthSettings::Method::Token;
    noToken.authUrl = QUrl(QStringLiteral("https://auth.cloud.ovh.net/v3"));
    QTest::newRow("no token") << noToken << QStringLiteral("secret");
    AuthSettings noUserDomain = ovhPassword();
    noUserDomain.userDomainName.clear();
    QTest::newRow("username without domain") << noUserDomain << QStringLiteral("user_domain_name");
    AuthSettings noUser = ovhPassword();
    noUser.username.clear();
    QTest::newRow("no user at all") << noUser << QStringLiteral("username");
    AuthSettings noProjectDomain = ovhPassword();
    noProjectDomain.projectDomainName.clear();
    QTest::newRow("project_name without domain") << noProjectDomain << QStringLiteral("project_domain_name");
    AuthSettings appCredNothing = appCredential();
    appCredNothing.applicationCredentialId.clear();
    QTest::newRow("application credential without id or name")
        << appCredNothing << QStringLiteral("application_credential_id");
    AuthSettings appCredNameNoDomain = appCredential();
    appCredNameNoDomain.applicationCredentialId.clear();
    appCredNameNoDomain.applicationCredentialName = QStringLiteral("zenith-lab");
    appCredNameNoDomain.username = kUser;
    QTest::newRow("application credential name, user without domain")
        << appCredNameNoDomain << QStringLiteral("user_domain_name");
}

void TestCreateToken::configErrors()
{
    QFETCH(AuthSettings, auth);
    QFETCH(QString, mentions);

    CreateTokenRequest request;
    request.auth = auth;
    const auto body = request.body();
    QVERIFY(!body.ok());
    QCOMPARE(kindName(body.error().kind), QStringLiteral("Config"));
    QCOMPARE(body.error().service, QStringLiteral("identity"));
    QCOMPARE(body.error().httpStatus, 0);
    QVERIFY2(body.error().message.contains(mentions), qPrintable(body.error().message));
    // The message never carries a secret.
    QVERIFY(!body.error().message.contains(u"s3cr3t"));
}

void TestCreateToken::identityBase_data()
{
    QTest::addColumn<QString>("authUrl");
    QTest::addColumn<QString>("base");

    const QString ovh = QStringLiteral("https://auth.cloud.ovh.net/v3/");
    QTest::newRow("host only") << QStringLiteral("https://auth.cloud.ovh.net") << ovh;
    QTest::newRow("host and slash") << QStringLiteral("https://auth.cloud.ovh.net/") << ovh;
    QTest::newRow("v3") << QStringLiteral("https://auth.cloud.ovh.net/v3") << ovh;
    QTest::newRow("v3/") << QStringLiteral("https://auth.cloud.ovh.net/v3/") << ovh;
    QTest::newRow("v3//") << QStringLiteral("https://auth.cloud.ovh.net/v3//") << ovh;
    QTest::newRow("devcloud") << QStringLiteral("http://127.0.0.1:5000/v3/")
                              << QStringLiteral("http://127.0.0.1:5000/v3/");
    QTest::newRow("devcloud without version")
        << QStringLiteral("http://127.0.0.1:5000") << QStringLiteral("http://127.0.0.1:5000/v3/");
    QTest::newRow("devstack path") << QStringLiteral("http://10.0.0.5/identity")
                                   << QStringLiteral("http://10.0.0.5/identity/v3/");
    QTest::newRow("devstack path v3") << QStringLiteral("http://10.0.0.5/identity/v3")
                                      << QStringLiteral("http://10.0.0.5/identity/v3/");
}

void TestCreateToken::identityBase()
{
    QFETCH(QString, authUrl);
    QFETCH(QString, base);
    QCOMPARE(CreateTokenRequest::identityBase(QUrl(authUrl)), QUrl(base));
}

void TestCreateToken::spec()
{
    CreateTokenRequest request;
    request.auth = ovhPassword();
    request.auth.authUrl = QUrl(QStringLiteral("https://auth.cloud.ovh.net"));
    const RequestSpec s = request.spec();
    QCOMPARE(s.service, ServiceType::Identity);
    QCOMPARE(s.method, HttpMethod::Post);
    QCOMPARE(methodName(s.method), QByteArray("POST"));
    QVERIFY(s.absoluteUrl.has_value());
    QCOMPARE(*s.absoluteUrl, QUrl(QStringLiteral("https://auth.cloud.ovh.net/v3/auth/tokens")));
    QCOMPARE(s.contentType, QByteArray("application/json"));
    QCOMPARE(s.body, request.body().value());
    QVERIFY(!s.minMicroversion.has_value());

    request.auth.authUrl = QUrl(QStringLiteral("http://127.0.0.1:5000/v3/"));
    QCOMPARE(*request.spec().absoluteUrl, QUrl(QStringLiteral("http://127.0.0.1:5000/v3/auth/tokens")));
}

void TestCreateToken::specOfBrokenSettings()
{
    // Session checks body() first; spec() alone must not put a half-built body on the wire.
    CreateTokenRequest request;
    request.auth = ovhPassword();
    request.auth.userDomainName.clear();
    QVERIFY(request.spec().body.isEmpty());
}

void TestCreateToken::parse()
{
    ZENITH_FIXTURE(body, QStringLiteral("identity/keystone-token-admin.json"));
    for (int status : {201, 200}) {
        const auto token = CreateTokenRequest::parse(status, body);
        QVERIFY2(token.ok(), token.ok() ? "" : qPrintable(token.error().message));
        QCOMPARE(token->user.name, QStringLiteral("admin"));
        QCOMPARE(token->project->name, QStringLiteral("admin"));
        QVERIFY(token->id.isEmpty());
    }
}

void TestCreateToken::parseErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messageStart");

    QTest::newRow("300 multiple choices")
        << 300 << QByteArray(R"({"versions": {"values": []}})") << QStringLiteral("(status): unexpected HTTP 300");
    QTest::newRow("204 no content") << 204 << QByteArray() << QStringLiteral("(status): unexpected HTTP 204");
    QTest::newRow("html from a proxy") << 201 << QByteArray("<html><body>Welcome</body></html>")
                                       << QStringLiteral("(body): not JSON");
    QTest::newRow("empty object") << 201 << QByteArray("{}") << QStringLiteral("token: is missing");
}

void TestCreateToken::parseErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, messageStart);

    const auto token = CreateTokenRequest::parse(status, body);
    QVERIFY(!token.ok());
    QCOMPARE(kindName(token.error().kind), QStringLiteral("Parse"));
    QVERIFY2(token.error().message.startsWith(messageStart), qPrintable(token.error().message));
}

QTEST_GUILESS_MAIN(TestCreateToken)
#include "tst_createtoken.moc"
