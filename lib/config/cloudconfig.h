#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace zenith {

//! How to obtain a Keystone v3 token, as clouds.yaml's `auth` section says it.
//! Holds secrets in memory only: never log, print or persist this struct as a whole.
struct AuthSettings
{
    enum class Method {
        Password,              //!< auth_type password / v3password (the default)
        ApplicationCredential, //!< auth_type v3applicationcredential
        Token,                 //!< auth_type v3token / token: an existing token
    };

    Method method = Method::Password;
    QUrl authUrl; //!< Keystone endpoint, e.g. https://auth.cloud.ovh.net/v3

    QString userId;
    QString username;
    QString userDomainId;
    QString userDomainName;
    QString password; //!< secret

    // Scope. A project (by id, or by name plus its domain), a domain, or nothing (unscoped).
    QString projectId;
    QString projectName;
    QString projectDomainId;
    QString projectDomainName;
    QString domainId;   //!< domain scope, when no project is given
    QString domainName; //!< domain scope, when no project is given

    QString applicationCredentialId;
    QString applicationCredentialName;   //!< with username/userId and the user's domain
    QString applicationCredentialSecret; //!< secret

    QString token; //!< secret

    //! True when the secret the method needs (password, application credential secret, token) is filled in.
    bool hasSecret() const
    {
        switch (method) {
        case Method::Password: return !password.isEmpty();
        case Method::ApplicationCredential: return !applicationCredentialSecret.isEmpty();
        case Method::Token: return !token.isEmpty();
        }
        return false;
    }
};

//! Client-side request rates (openstacksdk's `rate_limit`); 0 means unlimited.
struct RateLimits
{
    double requestsPerSecond = 0;      //!< per service, unless overridden below
    QHash<QString, double> perService; //!< service type -> requests per second
    double tokenRequestsPerMinute = 0; //!< Keystone POST /v3/auth/tokens
};

//! One cloud: what clouds.yaml (merged with secure.yaml), the OS_* variables or an openrc file describe.
struct CloudConfig
{
    QString name;   //!< key under `clouds:`, "envvars" for OS_* variables, or the openrc file's base name
    QString source; //!< the file it came from (empty for the environment), for messages
    AuthSettings auth;
    QString regionName;                           //!< region to use; empty means the catalog's first
    QStringList regions;                          //!< regions the configuration lists (`regions:` or region_name)
    QString interface = QStringLiteral("public"); //!< endpoint interface: public, internal or admin
    bool verifyTls = true; //!< false only when the config says `verify: false` or `insecure: true`
    QString caCertFile;    //!< `cacert`: PEM bundle to trust in addition to the system's
    QString clientCertFile;
    QString clientKeyFile;
    RateLimits rateLimits;
};

} // namespace zenith

Q_DECLARE_METATYPE(zenith::CloudConfig)
