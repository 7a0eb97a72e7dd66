#pragma once

#include "cloudconfig.h"
#include "configenvironment.h"
#include "configerror.h"
#include "yamlnode.h"

#include "core/result.h"

#include <QHash>

#include <optional>

namespace zenith {

//! Turns one cloud's settings into a CloudConfig the way openstacksdk reads them: the value of a
//! `clouds:` entry, or the flat keys made from OS_* variables (OS_AUTH_URL → auth_url).
//! Applies openstacksdk's aliases and fix-ups (tenant_* → project_*, domain_id and osc's
//! default_domain filling the user and project domains, auth keys outside `auth:`, endpoint_type,
//! regions, verify/insecure, rate_limit) and OVHcloud's documented rate limits.
class CloudEntryParser
{
public:
    //! How keys are named in messages: `auth_url` for files, `OS_AUTH_URL` for variables and openrc files.
    enum class KeyStyle { Yaml, Environment };

    //! Parses `entry` (a mapping) into the cloud `name`; `source` becomes CloudConfig::source.
    //! Errors name the cloud, the file and line of the offending key.
    static Result<CloudConfig, ConfigError> parse(const QString& name, const YamlNode& entry, const QString& source,
                                                  const ConfigEnvironment& env, KeyStyle style = KeyStyle::Yaml);

    //! openstacksdk's flat cloud entry from OS_* variables: OS_AUTH_URL becomes `auth_url`, OS_TENANT_NAME
    //! `tenant_name`… Empty values, selectors (OS_CLOUD, OS_CLIENT_CONFIG_FILE…) and OS_TEST/OS_STD/OS_LOG
    //! variables are left out. `lines` gives each variable's line in `file`, for openrc files.
    static YamlNode entryFromVariables(const QHash<QString, QString>& variables, const QHash<QString, int>& lines = {},
                                       const QString& file = {});

    //! True when Keystone at `authUrl` is OVHcloud's (*.ovh.net, *.ovh.us, *.ovhcloud.com).
    static bool isOvhCloud(const QUrl& authUrl);

private:
    CloudEntryParser(const QString& name, const YamlNode& entry, const ConfigEnvironment& env, KeyStyle style);
    void indexKeys();
    void readAuthMethod();
    void readIdentityVersion();
    void readCredentials();
    void readScope();
    void checkAuth();
    void readRegions();
    void readInterface();
    void readTls();
    void readRateLimits();

    const YamlNode* top(const QString& key) const { return m_top.value(key); }
    const YamlNode* authOrTop(const QString& key) const;
    QString firstByPrecedence(const QStringList& keys);
    QString text(const YamlNode* node, const QString& key);
    std::optional<bool> boolean(const YamlNode* node, const QString& key);
    std::optional<double> rate(const YamlNode* node, const QString& key);
    QString keyName(const QString& key) const;
    void fail(const YamlNode* node, const QString& message);

    QString m_name;
    const YamlNode& m_entry;
    const ConfigEnvironment& m_env;
    KeyStyle m_style;
    QHash<QString, const YamlNode*> m_top;
    QHash<QString, const YamlNode*> m_auth;
    QString m_authType;
    CloudConfig m_config;
    std::optional<ConfigError> m_error;
};

} // namespace zenith
