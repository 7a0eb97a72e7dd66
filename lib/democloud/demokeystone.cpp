#include "demokeystone.h"

#include "demoerrors.h"

#include <QRandomGenerator>

namespace zenith::demo {

namespace {

const QString kUsers = QStringLiteral("identity/users");
const QString kProjects = QStringLiteral("identity/projects");
const QString kMemberships = QStringLiteral("identity/memberships"); // {id: "<user>:<project>", roles}
const QString kAppCreds = QStringLiteral("identity/application_credentials");

QJsonObject defaultDomain()
{
    return {{QStringLiteral("id"), QStringLiteral("default")}, {QStringLiteral("name"), QStringLiteral("Default")}};
}

QString keystoneId()
{
    return DemoEnv::newId().remove(u'-');
}

QString keystoneTime(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000Z");
}

DemoReply authFailed()
{
    return errors::keystone(401, QStringLiteral("The request you have made requires authentication."));
}

} // namespace

DemoKeystone::DemoKeystone(DemoEnv& env, std::function<int()> tokenLifetimeSeconds)
    : DemoService(env)
    , m_tokenLifetimeSeconds(std::move(tokenLifetimeSeconds))
{}

QString DemoKeystone::applicationCredentials()
{
    return kAppCreds;
}

namespace {

QString newSecret()
{
    QString secret;
    for (int i = 0; i < 32; ++i)
        secret.append(QChar(u'a' + QRandomGenerator::global()->bounded(26)));
    return secret;
}

} // namespace

void DemoKeystone::settleLoaded()
{
    for (QJsonObject cred : state().items(kAppCreds)) {
        if (cred.value(u"secret").toString().isEmpty()) {
            cred.insert(QStringLiteral("secret"), newSecret());
            state().put(kAppCreds, cred);
        }
    }
}

void DemoKeystone::seed()
{
    const QString demo = keystoneId();
    state().put(kUsers, {{QStringLiteral("id"), demo},
                         {QStringLiteral("name"), QStringLiteral("demo")},
                         {QStringLiteral("password"), demoPassword()}});
    for (const QString& name : {QStringLiteral("demo"), QStringLiteral("demo2")}) {
        const QString project = keystoneId();
        state().put(kProjects, {{QStringLiteral("id"), project},
                                {QStringLiteral("name"), name},
                                {QStringLiteral("description"), QStringLiteral("Demo cloud project")}});
        state().put(kMemberships,
                    {{QStringLiteral("id"), QString(demo + u':' + project)},
                     {QStringLiteral("roles"), QJsonArray{QStringLiteral("member"), QStringLiteral("reader")}}});
        if (name == QStringLiteral("demo")) {
            const QString secret = newSecret();
            state().put(kAppCreds, {{QStringLiteral("id"), keystoneId()},
                                    {QStringLiteral("name"), QStringLiteral("zenith-demo")},
                                    {QStringLiteral("secret"), secret},
                                    {QStringLiteral("user_id"), demo},
                                    {QStringLiteral("project_id"), project}});
        }
    }
}

QString DemoKeystone::applicationCredentialId() const
{
    const auto creds = env().state.items(kAppCreds);
    return creds.isEmpty() ? QString() : creds.first().value(u"id").toString();
}

QString DemoKeystone::projectId(const QString& name) const
{
    for (const QJsonObject& project : env().state.items(kProjects)) {
        if (project.value(u"name").toString() == name)
            return project.value(u"id").toString();
    }
    return {};
}

QString DemoKeystone::applicationCredentialSecret() const
{
    const auto creds = env().state.items(kAppCreds);
    return creds.isEmpty() ? QString() : creds.first().value(u"secret").toString();
}

void DemoKeystone::addRoutes(DemoRouter& router)
{
    const QString s = QStringLiteral("identity");
    router.add(
        s, "GET", QString(), [this](DemoRequest& r) { return versions(r, true); }, DemoRouter::Access::Public);
    router.add(
        s, "GET", QStringLiteral("v3"), [this](DemoRequest& r) { return versions(r, false); },
        DemoRouter::Access::Public);
    router.add(
        s, "POST", QStringLiteral("v3/auth/tokens"), [this](DemoRequest& r) { return createToken(r); },
        DemoRouter::Access::Public);
    router.add(s, "GET", QStringLiteral("v3/auth/tokens"), [this](DemoRequest& r) { return validateToken(r); });
    router.add(s, "DELETE", QStringLiteral("v3/auth/tokens"), [this](DemoRequest& r) { return revokeToken(r); });
    router.add(s, "GET", QStringLiteral("v3/auth/projects"), [this](DemoRequest& r) { return listProjects(r); });
}

std::optional<DemoCaller> DemoKeystone::validate(const QString& token) const
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd() || it->expiresAt <= QDateTime::currentDateTimeUtc())
        return std::nullopt;
    return it->caller;
}

QJsonObject DemoKeystone::findUser(const QJsonObject& spec) const
{
    const QString id = spec.value(u"id").toString();
    const QString name = spec.value(u"name").toString();
    for (const QJsonObject& user : env().state.items(kUsers)) {
        if ((!id.isEmpty() && user.value(u"id").toString() == id) ||
            (id.isEmpty() && user.value(u"name").toString() == name))
            return user;
    }
    return {};
}

std::variant<DemoKeystone::Token, DemoReply> DemoKeystone::identify(const QJsonObject& identity)
{
    const QStringList methods = identity.value(u"methods").toVariant().toStringList();
    Token who;
    who.methods = methods;
    if (methods == QStringList{QStringLiteral("password")}) {
        const QJsonObject spec = identity.value(u"password").toObject().value(u"user").toObject();
        const QJsonObject user = findUser(spec);
        if (user.isEmpty() || user.value(u"password").toString() != spec.value(u"password").toString())
            return authFailed();
        who.caller.userId = user.value(u"id").toString();
        who.caller.userName = user.value(u"name").toString();
        return who;
    }
    if (methods == QStringList{QStringLiteral("application_credential")}) {
        const QJsonObject spec = identity.value(u"application_credential").toObject();
        for (const QJsonObject& cred : env().state.items(kAppCreds)) {
            const bool named = spec.contains(u"id") ? cred.value(u"id") == spec.value(u"id")
                                                    : cred.value(u"name") == spec.value(u"name");
            if (!named || cred.value(u"secret") != spec.value(u"secret"))
                continue;
            const QJsonObject user = findUser({{QStringLiteral("id"), cred.value(u"user_id")}});
            who.caller.userId = user.value(u"id").toString();
            who.caller.userName = user.value(u"name").toString();
            who.caller.projectId = cred.value(u"project_id").toString();
            who.appCredentialId = cred.value(u"id").toString();
            return who;
        }
        return authFailed();
    }
    if (methods == QStringList{QStringLiteral("token")}) {
        const QString id = identity.value(u"token").toObject().value(u"id").toString();
        const auto it = m_tokens.constFind(id);
        if (it == m_tokens.constEnd() || it->expiresAt <= QDateTime::currentDateTimeUtc())
            return errors::keystone(404, QStringLiteral("Failed to validate token"));
        who.caller = it->caller;
        who.caller.projectId.clear();
        return who;
    }
    return errors::keystone(400, QStringLiteral("Expecting to find identity in auth. The server could not comply "
                                                "with the request since it is either malformed or otherwise "
                                                "incorrect. The client is assumed to be in error."));
}

std::optional<QJsonObject> DemoKeystone::scopeProject(const QJsonObject& scope, const Token& who) const
{
    const QJsonObject wanted = scope.value(u"project").toObject();
    for (const QJsonObject& project : env().state.items(kProjects)) {
        const QString id = project.value(u"id").toString();
        const bool named = who.appCredentialId.isEmpty()
                               ? (wanted.contains(u"id") ? wanted.value(u"id").toString() == id
                                                         : wanted.value(u"name") == project.value(u"name"))
                               : who.caller.projectId == id;
        if (named && env().state.find(kMemberships, who.caller.userId + u':' + id))
            return project;
    }
    return std::nullopt;
}

DemoReply DemoKeystone::createToken(DemoRequest& request)
{
    const QJsonObject auth = request.body.value(u"auth").toObject();
    auto identified = identify(auth.value(u"identity").toObject());
    if (auto* refused = std::get_if<DemoReply>(&identified))
        return *refused;
    Token token = std::get<Token>(identified);
    const bool wantsProject = auth.value(u"scope").toObject().contains(u"project") || !token.appCredentialId.isEmpty();
    if (wantsProject) {
        const auto project = scopeProject(auth.value(u"scope").toObject(), token);
        if (!project)
            return authFailed();
        token.caller.projectId = project->value(u"id").toString();
        token.caller.projectName = project->value(u"name").toString();
    }
    token.issuedAt = QDateTime::currentDateTimeUtc();
    token.expiresAt = token.issuedAt.addSecs(m_tokenLifetimeSeconds ? m_tokenLifetimeSeconds() : 3600);
    token.caller.token = QStringLiteral("gAAAAA") + keystoneId() + keystoneId();
    m_tokens.insert(token.caller.token, token);
    return DemoReply::json(201, QJsonObject{{QStringLiteral("token"), tokenBody(token)}})
        .withHeader(QByteArrayLiteral("X-Subject-Token"), token.caller.token.toLatin1());
}

QJsonObject DemoKeystone::tokenBody(const Token& token) const
{
    QJsonObject body{{QStringLiteral("methods"), QJsonArray::fromStringList(token.methods)},
                     {QStringLiteral("user"), QJsonObject{{QStringLiteral("domain"), defaultDomain()},
                                                          {QStringLiteral("id"), token.caller.userId},
                                                          {QStringLiteral("name"), token.caller.userName},
                                                          {QStringLiteral("password_expires_at"), QJsonValue::Null}}},
                     {QStringLiteral("audit_ids"), QJsonArray{keystoneId().left(22)}},
                     {QStringLiteral("expires_at"), keystoneTime(token.expiresAt)},
                     {QStringLiteral("issued_at"), keystoneTime(token.issuedAt)}};
    if (token.caller.projectId.isEmpty())
        return body;
    body.insert(QStringLiteral("project"), QJsonObject{{QStringLiteral("domain"), defaultDomain()},
                                                       {QStringLiteral("id"), token.caller.projectId},
                                                       {QStringLiteral("name"), token.caller.projectName}});
    body.insert(QStringLiteral("is_domain"), false);
    QJsonArray roles;
    const QJsonObject* membership = env().state.find(kMemberships, token.caller.userId + u':' + token.caller.projectId);
    for (const QJsonValue& role : membership ? membership->value(u"roles").toArray() : QJsonArray())
        roles.append(QJsonObject{{QStringLiteral("id"), role.toString()}, {QStringLiteral("name"), role}});
    body.insert(QStringLiteral("roles"), roles);
    body.insert(QStringLiteral("catalog"), catalog(token.caller.projectId));
    if (!token.appCredentialId.isEmpty())
        body.insert(QStringLiteral("application_credential"),
                    QJsonObject{{QStringLiteral("id"), token.appCredentialId},
                                {QStringLiteral("name"), QStringLiteral("zenith-demo")},
                                {QStringLiteral("restricted"), true}});
    return body;
}

QJsonArray DemoKeystone::catalog(const QString& projectId) const
{
    struct Entry
    {
        QString type;
        QString name;
        QString path; // after /<region>/
    };
    const QList<Entry> entries{
        {QStringLiteral("compute"), QStringLiteral("nova"), QStringLiteral("compute/v2.1")},
        {QStringLiteral("network"), QStringLiteral("neutron"), QStringLiteral("network")},
        {QStringLiteral("volumev3"), QStringLiteral("cinderv3"), QStringLiteral("volume/v3/") + projectId},
        {QStringLiteral("block-storage"), QStringLiteral("cinder"), QStringLiteral("volume/v3/") + projectId},
        {QStringLiteral("image"), QStringLiteral("glance"), QStringLiteral("image")},
        {QStringLiteral("dns"), QStringLiteral("designate"), QStringLiteral("dns")},
        {QStringLiteral("orchestration"), QStringLiteral("heat"), QStringLiteral("orchestration/v1/") + projectId}};
    QJsonArray out;
    QJsonArray identityEndpoints;
    for (const QString& region : env().regions) {
        for (const QString& interface : {QStringLiteral("public"), QStringLiteral("internal")})
            identityEndpoints.append(
                QJsonObject{{QStringLiteral("id"), keystoneId()},
                            {QStringLiteral("interface"), interface},
                            {QStringLiteral("region_id"), region},
                            {QStringLiteral("region"), region},
                            {QStringLiteral("url"), QString(env().baseUrl + QStringLiteral("/identity"))}});
    }
    out.append(QJsonObject{{QStringLiteral("endpoints"), identityEndpoints},
                           {QStringLiteral("id"), keystoneId()},
                           {QStringLiteral("type"), QStringLiteral("identity")},
                           {QStringLiteral("name"), QStringLiteral("keystone")}});
    for (const Entry& e : entries) {
        QJsonArray endpoints;
        for (const QString& region : env().regions) {
            const QString url = env().baseUrl + u'/' + region.toLower() + u'/' + e.path;
            for (const QString& interface : {QStringLiteral("public"), QStringLiteral("internal")})
                endpoints.append(QJsonObject{{QStringLiteral("id"), keystoneId()},
                                             {QStringLiteral("interface"), interface},
                                             {QStringLiteral("region_id"), region},
                                             {QStringLiteral("region"), region},
                                             {QStringLiteral("url"), url}});
        }
        out.append(QJsonObject{{QStringLiteral("endpoints"), endpoints},
                               {QStringLiteral("id"), keystoneId()},
                               {QStringLiteral("type"), e.type},
                               {QStringLiteral("name"), e.name}});
    }
    return out;
}

DemoReply DemoKeystone::validateToken(DemoRequest& request)
{
    const auto it = m_tokens.constFind(QString::fromLatin1(request.header("x-subject-token")));
    if (it == m_tokens.constEnd() || it->expiresAt <= QDateTime::currentDateTimeUtc())
        return errors::keystone(404, QStringLiteral("Failed to validate token"));
    return DemoReply::json(200, QJsonObject{{QStringLiteral("token"), tokenBody(*it)}})
        .withHeader(QByteArrayLiteral("X-Subject-Token"), it->caller.token.toLatin1());
}

DemoReply DemoKeystone::revokeToken(DemoRequest& request)
{
    if (!m_tokens.remove(QString::fromLatin1(request.header("x-subject-token"))))
        return errors::keystone(404, QStringLiteral("Failed to validate token"));
    return DemoReply::empty(204);
}

DemoReply DemoKeystone::listProjects(DemoRequest& request)
{
    QJsonArray projects;
    for (const QJsonObject& project : env().state.items(kProjects)) {
        const QString id = project.value(u"id").toString();
        if (!env().state.find(kMemberships, request.caller.userId + u':' + id))
            continue;
        projects.append(
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("name"), project.value(u"name")},
                        {QStringLiteral("description"), project.value(u"description")},
                        {QStringLiteral("domain_id"), QStringLiteral("default")},
                        {QStringLiteral("enabled"), true},
                        {QStringLiteral("is_domain"), false},
                        {QStringLiteral("parent_id"), QStringLiteral("default")},
                        {QStringLiteral("tags"), QJsonArray()},
                        {QStringLiteral("options"), QJsonObject()},
                        {QStringLiteral("links"),
                         QJsonObject{{QStringLiteral("self"),
                                      QString(env().baseUrl + QStringLiteral("/identity/v3/projects/") + id)}}}});
    }
    const QString self = env().baseUrl + QStringLiteral("/identity/v3/auth/projects");
    return DemoReply::json(
        200, QJsonObject{{QStringLiteral("projects"), projects},
                         {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), self},
                                                               {QStringLiteral("previous"), QJsonValue::Null},
                                                               {QStringLiteral("next"), QJsonValue::Null}}}});
}

DemoReply DemoKeystone::versions(DemoRequest&, bool root)
{
    const QJsonObject v3{
        {QStringLiteral("id"), QStringLiteral("v3.14")},
        {QStringLiteral("status"), QStringLiteral("stable")},
        {QStringLiteral("updated"), QStringLiteral("2020-04-07T00:00:00Z")},
        {QStringLiteral("links"),
         QJsonArray{QJsonObject{{QStringLiteral("rel"), QStringLiteral("self")},
                                {QStringLiteral("href"), QString(env().baseUrl + QStringLiteral("/identity/v3/"))}}}},
        {QStringLiteral("media-types"),
         QJsonArray{
             QJsonObject{{QStringLiteral("base"), QStringLiteral("application/json")},
                         {QStringLiteral("type"), QStringLiteral("application/vnd.openstack.identity-v3+json")}}}}};
    if (root)
        return DemoReply::json(
            300, QJsonObject{{QStringLiteral("versions"), QJsonObject{{QStringLiteral("values"), QJsonArray{v3}}}}});
    return DemoReply::json(200, QJsonObject{{QStringLiteral("version"), v3}});
}

} // namespace zenith::demo
