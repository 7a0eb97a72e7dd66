#include "cloudentryparser.h"

#include "core/servicetype.h"

#include <cmath>

namespace zenith {

namespace {

// OVHcloud's documented limits for its public cloud API (per project): 20 requests per second per
// service, and 60 Keystone token requests per minute. Exceeding them earns 429s.
constexpr double kOvhRequestsPerSecond = 20;
constexpr double kOvhTokenRequestsPerMinute = 60;

std::optional<bool> booleanWord(const QString& text)
{
    const QString word = text.trimmed().toLower();
    // PyYAML (YAML 1.1) reads yes/no/on/off as booleans, so clouds.yaml files written for
    // openstacksdk use them; OS_INSECURE=1 is common in openrc files.
    if (word == u"true" || word == u"yes" || word == u"on" || word == u"1")
        return true;
    if (word == u"false" || word == u"no" || word == u"off" || word == u"0")
        return false;
    return std::nullopt;
}

QString canonicalServiceType(const QString& key)
{
    const QString type = key.toLower().replace(u'_', u'-');
    for (ServiceType s : {ServiceType::Identity, ServiceType::Compute, ServiceType::Network, ServiceType::BlockStorage,
                          ServiceType::Image, ServiceType::Dns, ServiceType::Orchestration, ServiceType::Placement}) {
        if (serviceTypeName(s) == type || serviceTypeAliases(s).contains(type))
            return serviceTypeName(s);
    }
    return type;
}

QString quote(const QString& text)
{
    return u'\'' + text + u'\'';
}

} // namespace

CloudEntryParser::CloudEntryParser(const QString& name, const YamlNode& entry, const ConfigEnvironment& env,
                                   KeyStyle style)
    : m_name(name)
    , m_entry(entry)
    , m_env(env)
    , m_style(style)
{}

Result<CloudConfig, ConfigError> CloudEntryParser::parse(const QString& name, const YamlNode& entry,
                                                         const QString& source, const ConfigEnvironment& env,
                                                         KeyStyle style)
{
    CloudEntryParser p(name, entry, env, style);
    if (!entry.isMapping()) {
        p.fail(&entry, QStringLiteral("its settings must be a mapping of keys to values, not ") + entry.typeName());
        return *p.m_error;
    }
    using Step = void (CloudEntryParser::*)();
    for (Step step :
         {&CloudEntryParser::indexKeys, &CloudEntryParser::readAuthMethod, &CloudEntryParser::readIdentityVersion,
          &CloudEntryParser::readCredentials, &CloudEntryParser::readScope, &CloudEntryParser::checkAuth,
          &CloudEntryParser::readRegions, &CloudEntryParser::readInterface, &CloudEntryParser::readTls,
          &CloudEntryParser::readRateLimits}) {
        (p.*step)();
        if (p.m_error)
            return *p.m_error;
    }
    p.m_config.name = name;
    p.m_config.source = source;
    return p.m_config;
}

YamlNode CloudEntryParser::entryFromVariables(const QHash<QString, QString>& variables,
                                              const QHash<QString, int>& lines, const QString& file)
{
    static const QStringList selectors = {QStringLiteral("OS_CLOUD"), QStringLiteral("OS_CLOUD_NAME"),
                                          QStringLiteral("OS_CLIENT_CONFIG_FILE"),
                                          QStringLiteral("OS_CLIENT_SECURE_FILE")};
    QStringList names = variables.keys();
    names.sort(); // QHash order is random; keep errors and tests deterministic
    YamlNode entry = YamlNode::collection(YamlNode::Type::Mapping, 0);
    for (const QString& name : std::as_const(names)) {
        const QString value = variables.value(name);
        if (!name.startsWith(QStringLiteral("OS_")) || value.isEmpty() || selectors.contains(name) ||
            name.startsWith(QStringLiteral("OS_TEST")) || name.startsWith(QStringLiteral("OS_STD")) ||
            name.startsWith(QStringLiteral("OS_LOG")))
            continue;
        entry.insert(name.mid(3).toLower(), YamlNode::string(value, lines.value(name)));
    }
    entry.setFile(file);
    return entry;
}

bool CloudEntryParser::isOvhCloud(const QUrl& authUrl)
{
    const QString host = authUrl.host().toLower();
    for (const QString& domain :
         {QStringLiteral("ovh.net"), QStringLiteral("ovh.us"), QStringLiteral("ovhcloud.com")}) {
        if (host == domain || host.endsWith(u'.' + domain))
            return true;
    }
    return false;
}

void CloudEntryParser::fail(const YamlNode* node, const QString& message)
{
    if (m_error)
        return;
    const YamlNode& at = node ? *node : m_entry;
    ConfigError e = ConfigError::at(at.file().isEmpty() ? m_entry.file() : at.file(), at.line(), message);
    e.cloud = m_name;
    m_error = e;
}

QString CloudEntryParser::keyName(const QString& key) const
{
    return m_style == KeyStyle::Environment ? QStringLiteral("OS_") + key.toUpper() : key;
}

// openstacksdk normalises '-' to '_' in keys (project-name is project_name).
void CloudEntryParser::indexKeys()
{
    const QStringList& keys = m_entry.keys();
    for (qsizetype i = 0; i < keys.size(); ++i)
        m_top.insert(QString(keys.at(i)).replace(u'-', u'_'), &m_entry.children()[static_cast<size_t>(i)]);
    const YamlNode* auth = top(QStringLiteral("auth"));
    if (!auth || auth->isNull())
        return;
    if (!auth->isMapping()) {
        fail(auth, QStringLiteral("auth must be a mapping of authentication settings, not ") + auth->typeName());
        return;
    }
    for (qsizetype i = 0; i < auth->keys().size(); ++i)
        m_auth.insert(QString(auth->keys().at(i)).replace(u'-', u'_'), &auth->children()[static_cast<size_t>(i)]);
}

// Like keystoneauth's option loading in openstacksdk: a value in `auth:` wins over one beside it.
const YamlNode* CloudEntryParser::authOrTop(const QString& key) const
{
    const YamlNode* inAuth = m_auth.value(key);
    if (inAuth && (!inAuth->isScalar() || !inAuth->text().isEmpty()))
        return inAuth;
    return top(key);
}

// openstacksdk's _fix_backwards_auth: the last alias found wins, and a value beside `auth:`
// (where CLI and environment overrides land) wins over the same key inside it.
QString CloudEntryParser::firstByPrecedence(const QStringList& keys)
{
    QString found;
    for (const QString& key : keys) {
        for (const YamlNode* node : {m_auth.value(key), top(key)}) {
            const QString value = text(node, key);
            if (!value.isEmpty())
                found = value;
        }
    }
    return found;
}

QString CloudEntryParser::text(const YamlNode* node, const QString& key)
{
    if (!node)
        return {};
    if (!node->isScalar()) {
        fail(node, keyName(key) + QStringLiteral(" must be a single value, not ") + node->typeName());
        return {};
    }
    return node->text();
}

std::optional<bool> CloudEntryParser::boolean(const YamlNode* node, const QString& key)
{
    if (!node || node->isNull() || (node->isScalar() && node->text().isEmpty()))
        return std::nullopt;
    if (node->type() == YamlNode::Type::Boolean)
        return node->value().toBool();
    const std::optional<bool> value = node->isScalar() ? booleanWord(node->text()) : std::nullopt;
    if (!value)
        fail(node, keyName(key) + QStringLiteral(" must be true or false, not ") +
                       (node->isScalar() ? quote(node->text()) : node->typeName()));
    return value;
}

std::optional<double> CloudEntryParser::rate(const YamlNode* node, const QString& key)
{
    bool ok = node->isScalar() && node->type() != YamlNode::Type::Boolean;
    const double value = ok ? node->text().trimmed().toDouble(&ok) : 0;
    if (!ok || !std::isfinite(value) || value < 0) {
        fail(node, keyName(key) + QStringLiteral(" must be a number of requests per second (0 means unlimited), not ") +
                       (node->isScalar() ? quote(node->text()) : node->typeName()));
        return std::nullopt;
    }
    return value;
}

void CloudEntryParser::readAuthMethod()
{
    using Method = AuthSettings::Method;
    const YamlNode* node = top(QStringLiteral("auth_type"));
    if (!node || (node->isScalar() && node->text().isEmpty()))
        node = top(QStringLiteral("auth_plugin"));
    m_authType = text(node, QStringLiteral("auth_type")).trimmed();
    const QString type = m_authType.toLower();
    Method& method = m_config.auth.method;
    if (type.isEmpty()) {
        // openstacksdk defaults to password; a file holding only an application credential or a
        // token cannot mean that, so pick the method its secrets imply.
        auto has = [this](const QString& key) { return !firstByPrecedence({key}).isEmpty(); };
        const bool user =
            has(QStringLiteral("password")) || has(QStringLiteral("username")) || has(QStringLiteral("user_id"));
        if (!has(QStringLiteral("password")) &&
            (has(QStringLiteral("application_credential_id")) || has(QStringLiteral("application_credential_secret"))))
            method = Method::ApplicationCredential;
        else if (!user && (has(QStringLiteral("token")) || has(QStringLiteral("auth_token"))))
            method = Method::Token;
        else
            method = Method::Password;
    } else if (type == u"password" || type == u"v3password") {
        method = Method::Password;
    } else if (type == u"v3applicationcredential" || type == u"applicationcredential") {
        method = Method::ApplicationCredential;
    } else if (type == u"token" || type == u"v3token") {
        method = Method::Token;
    } else if (type.startsWith(QStringLiteral("v2"))) {
        fail(node,
             keyName(QStringLiteral("auth_type")) + u' ' + quote(m_authType) +
                 QStringLiteral(" is for Keystone v2.0, which Zenith does not support; use 'password' (Keystone v3)"));
    } else {
        fail(node, keyName(QStringLiteral("auth_type")) + u' ' + quote(m_authType) +
                       QStringLiteral(" is not supported; use one of: password, v3password, "
                                      "v3applicationcredential, token, v3token"));
    }
}

void CloudEntryParser::readIdentityVersion()
{
    const YamlNode* node = top(QStringLiteral("identity_api_version"));
    const QString version = text(node, QStringLiteral("identity_api_version")).trimmed();
    if (version.isEmpty() || version == u"3" || version == u"3.0")
        return;
    const QString key = keyName(QStringLiteral("identity_api_version"));
    if (version.startsWith(u'2'))
        fail(node, key + u' ' + version +
                       QStringLiteral(" (Keystone v2.0) is not supported; Zenith needs Keystone v3: set it to 3"));
    else
        fail(node, key + u' ' + quote(version) + QStringLiteral(" is not valid; only 3 is supported"));
}

void CloudEntryParser::readCredentials()
{
    AuthSettings& a = m_config.auth;
    auto get = [this](const QString& key) { return text(authOrTop(key), key); };
    a.username = get(QStringLiteral("username"));
    a.userId = get(QStringLiteral("user_id"));
    a.password = get(QStringLiteral("password"));
    a.applicationCredentialId = get(QStringLiteral("application_credential_id"));
    a.applicationCredentialName = get(QStringLiteral("application_credential_name"));
    a.applicationCredentialSecret = get(QStringLiteral("application_credential_secret"));
    a.token = firstByPrecedence({QStringLiteral("auth_token"), QStringLiteral("token")});
}

void CloudEntryParser::readScope()
{
    AuthSettings& a = m_config.auth;
    auto pick = [this](const QString& key) { return firstByPrecedence({key}); };
    a.projectId = firstByPrecedence({QStringLiteral("tenant_id"), QStringLiteral("project_id")});
    a.projectName = firstByPrecedence({QStringLiteral("tenant_name"), QStringLiteral("project_name")});
    a.userDomainId = pick(QStringLiteral("user_domain_id"));
    a.userDomainName = pick(QStringLiteral("user_domain_name"));
    a.projectDomainId = pick(QStringLiteral("project_domain_id"));
    a.projectDomainName = pick(QStringLiteral("project_domain_name"));
    a.domainId = pick(QStringLiteral("domain_id"));
    a.domainName = pick(QStringLiteral("domain_name"));
    // openstacksdk's _handle_domain_id: with a project, domain_id/domain_name only say which
    // domain the user and the project live in; without one, they are the scope.
    if (!a.projectId.isEmpty() || !a.projectName.isEmpty()) {
        auto fill = [](QString& id, const QString& name, const QString& value) {
            if (id.isEmpty() && name.isEmpty())
                id = value;
        };
        fill(a.userDomainId, a.userDomainName, a.domainId);
        fill(a.projectDomainId, a.projectDomainName, a.domainId);
        fill(a.userDomainName, a.userDomainId, a.domainName);
        fill(a.projectDomainName, a.projectDomainId, a.domainName);
        a.domainId.clear();
        a.domainName.clear();
    }
    // osc-lib's default_domain (OS_DEFAULT_DOMAIN): the domain of a password user and project
    // when nothing else says.
    const QString defaultDomain = text(top(QStringLiteral("default_domain")), QStringLiteral("default_domain"));
    if (!defaultDomain.isEmpty() && a.method == AuthSettings::Method::Password) {
        if (a.projectDomainId.isEmpty() && a.projectDomainName.isEmpty())
            a.projectDomainId = defaultDomain;
        if (a.userDomainId.isEmpty() && a.userDomainName.isEmpty())
            a.userDomainId = defaultDomain;
    }
}

void CloudEntryParser::checkAuth()
{
    const QString urlKey = QStringLiteral("auth_url");
    const YamlNode* node = authOrTop(urlKey);
    const QString url = text(node, urlKey).trimmed();
    if (url.isEmpty()) {
        fail(m_auth.isEmpty() ? nullptr : top(QStringLiteral("auth")), keyName(urlKey) + QStringLiteral(" is missing"));
        return;
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty() || (parsed.scheme() != u"https" && parsed.scheme() != u"http")) {
        fail(node, keyName(urlKey) + u' ' + quote(url) + QStringLiteral(" is not an http:// or https:// URL"));
        return;
    }
    m_config.auth.authUrl = parsed;
    const AuthSettings& a = m_config.auth;
    if (a.method != AuthSettings::Method::ApplicationCredential || !a.applicationCredentialId.isEmpty())
        return;
    if (a.applicationCredentialName.isEmpty())
        fail(top(QStringLiteral("auth")),
             QStringLiteral("an application credential needs ") + keyName(QStringLiteral("application_credential_id")) +
                 QStringLiteral(" (or ") + keyName(QStringLiteral("application_credential_name")) +
                 QStringLiteral(" with the user's name or id)"));
    else if (a.username.isEmpty() && a.userId.isEmpty())
        fail(top(QStringLiteral("auth")), keyName(QStringLiteral("application_credential_name")) +
                                              QStringLiteral(" needs ") + keyName(QStringLiteral("username")) +
                                              QStringLiteral(" or ") + keyName(QStringLiteral("user_id")));
}

void CloudEntryParser::readRegions()
{
    QStringList regions;
    const YamlNode* list = top(QStringLiteral("regions"));
    if (list && !list->isNull() && !list->isSequence()) {
        fail(list, keyName(QStringLiteral("regions")) + QStringLiteral(" must be a list of region names"));
        return;
    }
    for (const YamlNode& item : list ? list->children() : std::vector<YamlNode>()) {
        const YamlNode* name = item.isMapping() ? item.find(u"name") : &item;
        const bool onlyKnownKeys = !item.isMapping() || item.keys().size() == (item.find(u"values") ? 2 : 1);
        if (!name || !name->isScalar() || name->text().isEmpty() || !onlyKnownKeys) {
            fail(&item, QStringLiteral("each entry of regions must be a region name, or a mapping with 'name' "
                                       "(and optionally 'values')"));
            return;
        }
        if (!regions.contains(name->text()))
            regions.append(name->text());
    }
    // region_name may also be a list, or (deprecated) a comma-separated string.
    const YamlNode* regionName = top(QStringLiteral("region_name"));
    QStringList named;
    const std::vector<YamlNode> single = regionName ? std::vector<YamlNode>{*regionName} : std::vector<YamlNode>();
    for (const YamlNode& item : regionName && regionName->isSequence() ? regionName->children() : single) {
        const QStringList parts = text(&item, QStringLiteral("region_name")).split(u',', Qt::SkipEmptyParts);
        for (const QString& part : parts) {
            if (!part.trimmed().isEmpty() && !named.contains(part.trimmed()))
                named.append(part.trimmed());
        }
    }
    if (regions.isEmpty())
        regions = named;
    else if (!named.isEmpty() && !regions.contains(named.first()))
        fail(regionName, keyName(QStringLiteral("region_name")) + u' ' + quote(named.first()) +
                             QStringLiteral(" is not one of the regions listed in regions: ") +
                             regions.join(QStringLiteral(", ")));
    m_config.regions = regions;
    m_config.regionName = named.isEmpty() ? regions.value(0) : named.first();
}

void CloudEntryParser::readInterface()
{
    const YamlNode* node = top(QStringLiteral("interface"));
    if (!node || (node->isScalar() && node->text().isEmpty()))
        node = top(QStringLiteral("endpoint_type"));
    QString value = text(node, QStringLiteral("interface")).trimmed().toLower();
    if (value.isEmpty())
        return;
    if (value.endsWith(QStringLiteral("url"))) // the v2-era publicURL, internalURL, adminURL
        value.chop(3);
    if (value != u"public" && value != u"internal" && value != u"admin") {
        fail(node, keyName(QStringLiteral("interface")) + u' ' + quote(node->text()) +
                       QStringLiteral(" is not valid; use public, internal or admin"));
        return;
    }
    m_config.interface = value;
}

void CloudEntryParser::readTls()
{
    const std::optional<bool> insecure = boolean(top(QStringLiteral("insecure")), QStringLiteral("insecure"));
    const YamlNode* verifyNode = top(QStringLiteral("verify"));
    std::optional<bool> verify;
    QString verifyPath;
    // Like requests' `verify`, a value that is not a boolean names a CA bundle.
    if (verifyNode && verifyNode->type() == YamlNode::Type::String && !booleanWord(verifyNode->text()))
        verifyPath = m_env.expandHome(verifyNode->text());
    else
        verify = boolean(verifyNode, QStringLiteral("verify"));
    m_config.verifyTls = !insecure.value_or(false) && verify.value_or(true);
    const QString caCert = text(top(QStringLiteral("cacert")), QStringLiteral("cacert"));
    m_config.caCertFile = caCert.isEmpty() ? verifyPath : m_env.expandHome(caCert);
    m_config.clientCertFile = m_env.expandHome(text(top(QStringLiteral("cert")), QStringLiteral("cert")));
    m_config.clientKeyFile = m_env.expandHome(text(top(QStringLiteral("key")), QStringLiteral("key")));
}

void CloudEntryParser::readRateLimits()
{
    RateLimits& limits = m_config.rateLimits;
    const QString key = QStringLiteral("rate_limit");
    const YamlNode* node = top(key);
    const bool set = node && !node->isNull();
    if (set && node->isMapping()) {
        for (qsizetype i = 0; i < node->keys().size(); ++i) {
            const std::optional<double> value = rate(&node->children()[static_cast<size_t>(i)], key);
            if (!value)
                return;
            limits.perService.insert(canonicalServiceType(node->keys().at(i)), *value);
        }
    } else if (set) {
        const std::optional<double> value = rate(node, key);
        if (!value)
            return;
        limits.requestsPerSecond = *value;
    }
    if (isOvhCloud(m_config.auth.authUrl)) {
        if (!set)
            limits.requestsPerSecond = kOvhRequestsPerSecond;
        // rate_limit has no say over token requests, so OVHcloud's token limit always applies.
        limits.tokenRequestsPerMinute = kOvhTokenRequestsPerMinute;
    }
}

} // namespace zenith
