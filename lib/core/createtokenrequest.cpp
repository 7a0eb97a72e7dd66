#include "createtokenrequest.h"

#include "jsonreader.h"

#include <QJsonDocument>

namespace zenith {

namespace {

ApiError configError(const QString& message)
{
    return ApiError::local(ApiError::Kind::Config, message, QStringLiteral("identity"));
}

QJsonObject domainRef(const QString& id, const QString& name)
{
    return id.isEmpty() ? QJsonObject{{QStringLiteral("name"), name}} : QJsonObject{{QStringLiteral("id"), id}};
}

Result<QJsonObject> userRef(const AuthSettings& a)
{
    if (!a.userId.isEmpty())
        return QJsonObject{{QStringLiteral("id"), a.userId}};
    if (a.username.isEmpty())
        return configError(QStringLiteral("The cloud configuration has neither username nor user_id."));
    if (a.userDomainId.isEmpty() && a.userDomainName.isEmpty())
        return configError(QStringLiteral("username needs user_domain_name or user_domain_id."));
    return QJsonObject{{QStringLiteral("name"), a.username},
                       {QStringLiteral("domain"), domainRef(a.userDomainId, a.userDomainName)}};
}

Result<QJsonObject> identity(const AuthSettings& a)
{
    switch (a.method) {
    case AuthSettings::Method::Password: {
        auto user = userRef(a);
        if (!user)
            return user.error();
        QJsonObject u = user.value();
        u.insert(QStringLiteral("password"), a.password);
        return QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                           {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), u}}}};
    }
    case AuthSettings::Method::ApplicationCredential: {
        QJsonObject cred{{QStringLiteral("secret"), a.applicationCredentialSecret}};
        if (!a.applicationCredentialId.isEmpty()) {
            cred.insert(QStringLiteral("id"), a.applicationCredentialId);
        } else if (!a.applicationCredentialName.isEmpty()) {
            auto user = userRef(a);
            if (!user)
                return user.error();
            cred.insert(QStringLiteral("name"), a.applicationCredentialName);
            cred.insert(QStringLiteral("user"), user.value());
        } else {
            return configError(QStringLiteral(
                "An application credential needs application_credential_id, or its name with the user."));
        }
        return QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("application_credential")}},
                           {QStringLiteral("application_credential"), cred}};
    }
    case AuthSettings::Method::Token:
        return QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("token")}},
                           {QStringLiteral("token"), QJsonObject{{QStringLiteral("id"), a.token}}}};
    }
    return configError(QStringLiteral("Unknown authentication method."));
}

// An empty object means unscoped.
Result<QJsonObject> scope(const AuthSettings& a, const std::optional<QString>& projectOverride)
{
    if (projectOverride)
        return QJsonObject{{QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), *projectOverride}}}};
    if (!a.projectId.isEmpty())
        return QJsonObject{{QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), a.projectId}}}};
    if (!a.projectName.isEmpty()) {
        if (a.projectDomainId.isEmpty() && a.projectDomainName.isEmpty())
            return configError(QStringLiteral("project_name needs project_domain_name or project_domain_id."));
        return QJsonObject{
            {QStringLiteral("project"),
             QJsonObject{{QStringLiteral("name"), a.projectName},
                         {QStringLiteral("domain"), domainRef(a.projectDomainId, a.projectDomainName)}}}};
    }
    if (!a.domainId.isEmpty() || !a.domainName.isEmpty())
        return QJsonObject{{QStringLiteral("domain"), domainRef(a.domainId, a.domainName)}};
    return QJsonObject{};
}

} // namespace

QUrl CreateTokenRequest::identityBase(const QUrl& authUrl)
{
    QUrl base = authUrl;
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    // Old openrc files still say ".../v2.0"; Keystone v2 is long gone and v3 sits next to it.
    if (path.endsWith(QStringLiteral("/v2.0")))
        path.chop(5);
    if (!path.endsWith(QStringLiteral("/v3")))
        path += QStringLiteral("/v3");
    base.setPath(path + u'/');
    return base;
}

Result<QByteArray> CreateTokenRequest::body() const
{
    if (!auth.authUrl.isValid() || auth.authUrl.scheme().isEmpty())
        return configError(QStringLiteral("The cloud configuration has no valid auth_url."));
    if (!auth.hasSecret())
        return configError(QStringLiteral("No password or secret was given."));
    auto id = identity(auth);
    if (!id)
        return id.error();
    QJsonObject authObject{{QStringLiteral("identity"), id.value()}};
    // Application credentials carry their own project: Keystone refuses an explicit scope with them.
    if (auth.method != AuthSettings::Method::ApplicationCredential) {
        auto s = scope(auth, projectId);
        if (!s)
            return s.error();
        if (!s->isEmpty())
            authObject.insert(QStringLiteral("scope"), s.value());
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("auth"), authObject}}).toJson(QJsonDocument::Compact);
}

RequestSpec CreateTokenRequest::spec() const
{
    RequestSpec s;
    s.service = ServiceType::Identity;
    s.method = HttpMethod::Post;
    s.path = QStringLiteral("auth/tokens");
    s.absoluteUrl = identityBase(auth.authUrl).resolved(QUrl(s.path));
    auto b = body();
    s.body = b ? b.value() : QByteArray();
    return s;
}

Result<CreateTokenRequest::Response> CreateTokenRequest::parse(int status, const QByteArray& body)
{
    if (status != 201 && status != 200)
        return ApiError::parse(QStringLiteral("(status)"), QStringLiteral("unexpected HTTP %1").arg(status));
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    return Token::fromJson(json.value());
}

} // namespace zenith
