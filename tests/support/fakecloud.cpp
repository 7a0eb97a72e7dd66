#include "fakecloud.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace zenith::test {

static QByteArray toJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

FakeCloud::FakeCloud(bool tls)
    : server(tls)
{
    server.on("POST", QStringLiteral("/identity/v3/auth/tokens"),
              [this](const RecordedRequest& r) { return issueToken(r); });
    route("GET", QStringLiteral("/identity/v3/auth/projects"), [this](const RecordedRequest&) {
        return FakeReply::json(
            200, toJson(QJsonObject{{QStringLiteral("projects"),
                                     QJsonArray{QJsonObject{{QStringLiteral("id"), projectId},
                                                            {QStringLiteral("name"), QStringLiteral("lab")},
                                                            {QStringLiteral("domain_id"), QStringLiteral("default")},
                                                            {QStringLiteral("enabled"), true}},
                                                QJsonObject{{QStringLiteral("id"), QStringLiteral("p-other")},
                                                            {QStringLiteral("name"), QStringLiteral("other")},
                                                            {QStringLiteral("domain_id"), QStringLiteral("default")},
                                                            {QStringLiteral("enabled"), true}}}}}));
    });
    addVersionRoots();
}

CloudConfig FakeCloud::passwordCloud() const
{
    CloudConfig c;
    c.name = QStringLiteral("fake");
    c.auth.authUrl = server.url(QStringLiteral("/identity/v3"));
    c.auth.username = QStringLiteral("alice");
    c.auth.userDomainName = QStringLiteral("Default");
    c.auth.password = password;
    c.auth.projectName = QStringLiteral("lab");
    c.auth.projectDomainName = QStringLiteral("Default");
    return c;
}

std::optional<FakeReply> FakeCloud::checkToken(const RecordedRequest& request) const
{
    if (validTokens.contains(QString::fromLatin1(request.header("X-Auth-Token"))))
        return std::nullopt;
    FakeReply r = FakeReply::json(401, R"({"error": {"code": 401, "title": "Unauthorized", )"
                                       R"("message": "The request you have made requires authentication."}})");
    r.addHeader("x-openstack-request-id", "req-unauthorized");
    return r;
}

void FakeCloud::route(const QByteArray& method, const QString& path, FakeHttpServer::Handler handler)
{
    server.on(method, path, [this, handler](const RecordedRequest& r) {
        if (auto refused = checkToken(r))
            return *refused;
        return handler(r);
    });
}

FakeReply FakeCloud::issueToken(const RecordedRequest& request)
{
    const QJsonObject auth = QJsonDocument::fromJson(request.body).object().value(u"auth").toObject();
    lastAuthBody = auth;
    const QJsonObject identity = auth.value(u"identity").toObject();
    const QString method = identity.value(u"methods").toArray().first().toString();
    bool ok = false;
    if (method == u"password")
        ok = identity.value(u"password").toObject().value(u"user").toObject().value(u"password").toString() == password;
    else if (method == u"application_credential")
        ok = identity.value(u"application_credential").toObject().value(u"secret").toString() == appCredentialSecret;
    else if (method == u"token")
        ok = validTokens.contains(identity.value(u"token").toObject().value(u"id").toString());
    if (!ok && method == u"token") {
        // What Keystone answers for a revoked or expired token.
        return FakeReply::json(404, R"({"error": {"code": 404, "title": "Not Found", )"
                                    R"("message": "Failed to validate token"}})");
    }
    if (!ok) {
        FakeReply r = FakeReply::json(401, R"({"error": {"code": 401, "title": "Unauthorized", )"
                                           R"("message": "The request you have made requires authentication."}})");
        r.addHeader("x-openstack-request-id", "req-auth-refused");
        return r;
    }
    const QString token = QStringLiteral("tok-%1-secretvalue").arg(++tokensIssued);
    validTokens.append(token);
    FakeReply r = FakeReply::json(201, toJson(tokenBody(auth.value(u"scope").toObject())));
    r.addHeader("X-Subject-Token", token.toLatin1());
    r.addHeader("x-openstack-request-id", "req-token-" + QByteArray::number(tokensIssued));
    return r;
}

QJsonObject FakeCloud::tokenBody(const QJsonObject& scope) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject token{
        {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
        {QStringLiteral("issued_at"), now.toString(Qt::ISODateWithMs)},
        {QStringLiteral("expires_at"), now.addSecs(tokenLifetimeSeconds).toString(Qt::ISODateWithMs)},
        {QStringLiteral("user"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("u-alice")},
                     {QStringLiteral("name"), QStringLiteral("alice")},
                     {QStringLiteral("domain"), QJsonObject{{QStringLiteral("id"), QStringLiteral("default")},
                                                            {QStringLiteral("name"), QStringLiteral("Default")}}}}},
        {QStringLiteral("roles"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("r1")},
                                                         {QStringLiteral("name"), QStringLiteral("member")}}}},
    };
    if (scope.contains(u"project")) {
        const QJsonObject p = scope.value(u"project").toObject();
        const QString id = p.value(u"id").toString(projectId);
        token.insert(
            QStringLiteral("project"),
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("name"), id == projectId ? QStringLiteral("lab") : QStringLiteral("other")},
                        {QStringLiteral("domain"), QJsonObject{{QStringLiteral("id"), QStringLiteral("default")},
                                                               {QStringLiteral("name"), QStringLiteral("Default")}}}});
        token.insert(QStringLiteral("catalog"), catalog());
    } else if (scope.contains(u"domain")) {
        token.insert(QStringLiteral("domain"), QJsonObject{{QStringLiteral("id"), QStringLiteral("default")},
                                                           {QStringLiteral("name"), QStringLiteral("Default")}});
        token.insert(QStringLiteral("catalog"), catalog());
    }
    return QJsonObject{{QStringLiteral("token"), token}};
}

QJsonArray FakeCloud::catalog() const
{
    const auto endpoint = [this](const QString& iface, const QString& region, const QString& path) {
        return QJsonObject{{QStringLiteral("id"), QString(iface + region + path)},
                           {QStringLiteral("interface"), iface},
                           {QStringLiteral("region_id"), region},
                           {QStringLiteral("region"), region},
                           {QStringLiteral("url"), server.url(path).toString()}};
    };
    const auto service = [](const QString& type, const QJsonArray& endpoints) {
        return QJsonObject{{QStringLiteral("id"), type},
                           {QStringLiteral("type"), type},
                           {QStringLiteral("name"), type},
                           {QStringLiteral("endpoints"), endpoints}};
    };
    const QString one = QStringLiteral("RegionOne");
    const QString two = QStringLiteral("RegionTwo");
    const QString pub = QStringLiteral("public");
    return QJsonArray{
        service(QStringLiteral("identity"), QJsonArray{endpoint(pub, one, QStringLiteral("/identity/v3/"))}),
        service(QStringLiteral("compute"),
                QJsonArray{endpoint(pub, one, QStringLiteral("/compute/v2.1")),
                           endpoint(pub, two, QStringLiteral("/compute2/v2.1")),
                           endpoint(QStringLiteral("internal"), one, QStringLiteral("/compute-internal/v2.1"))}),
        service(QStringLiteral("network"), QJsonArray{endpoint(pub, one, QStringLiteral("/network"))}),
        service(QStringLiteral("volumev3"), QJsonArray{endpoint(pub, one, QStringLiteral("/volume/v3/") + projectId)}),
        service(QStringLiteral("image"), QJsonArray{endpoint(pub, one, QStringLiteral("/image"))}),
    };
}

void FakeCloud::addVersionRoots()
{
    const auto nova = [this](const RecordedRequest&) {
        return FakeReply::json(
            200, toJson(QJsonObject{{QStringLiteral("versions"),
                                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("v2.0")},
                                                            {QStringLiteral("status"), QStringLiteral("SUPPORTED")},
                                                            {QStringLiteral("version"), QString()},
                                                            {QStringLiteral("min_version"), QString()}},
                                                QJsonObject{{QStringLiteral("id"), QStringLiteral("v2.1")},
                                                            {QStringLiteral("status"), QStringLiteral("CURRENT")},
                                                            {QStringLiteral("version"), computeMax},
                                                            {QStringLiteral("min_version"), computeMin}}}}}));
    };
    server.on("GET", QStringLiteral("/compute2?/"), nova);
    server.on("GET", QStringLiteral("/compute-internal/"), nova);
    server.on("GET", QStringLiteral("/volume/"), [this](const RecordedRequest&) {
        return FakeReply::json(
            300,
            toJson(QJsonObject{{QStringLiteral("versions"),
                                QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("v3.0")},
                                                       {QStringLiteral("status"), QStringLiteral("CURRENT")},
                                                       {QStringLiteral("version"), volumeMax},
                                                       {QStringLiteral("min_version"), QStringLiteral("3.0")}}}}}));
    });
    server.on("GET", QStringLiteral("/network/"), [this](const RecordedRequest&) {
        return FakeReply::json(
            200, toJson(QJsonObject{
                     {QStringLiteral("versions"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("id"), QStringLiteral("v2.0")},
                          {QStringLiteral("status"), QStringLiteral("CURRENT")},
                          {QStringLiteral("links"),
                           QJsonArray{QJsonObject{
                               {QStringLiteral("rel"), QStringLiteral("self")},
                               {QStringLiteral("href"), QStringLiteral("http://internal.invalid:9696/v2.0/")}}}}}}}}));
    });
}

} // namespace zenith::test
