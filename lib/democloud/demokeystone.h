#pragma once

#include "demoservice.h"

#include <QDateTime>
#include <QHash>

#include <optional>
#include <variant>

namespace zenith::demo {

//! Keystone v3 as the demo cloud needs it: password, application-credential and token sign-in
//! scoped to a project, a catalog of the demo's services in every region, token validation,
//! expiry and revocation, and the caller's projects.
class DemoKeystone final : public DemoService
{
public:
    explicit DemoKeystone(DemoEnv& env, std::function<int()> tokenLifetimeSeconds);

    void addRoutes(DemoRouter& router) override;
    void seed() override;
    //! Saved state holds no application credential secret (see DemoCloud::save): make new ones.
    void settleLoaded() override;
    //! The collection of application credentials, whose "secret" fields DemoCloud::save leaves out.
    static QString applicationCredentials();

    //! The caller a valid token stands for; nullopt for an unknown, revoked or expired token.
    std::optional<DemoCaller> validate(const QString& token) const;

    //! The seeded user's password and application credential, for the clouds.yaml the demo prints.
    static QString demoPassword() { return QStringLiteral("demo"); }
    QString applicationCredentialId() const;
    //! The id of the project with this name ("demo"), or an empty string.
    QString projectId(const QString& name) const;
    QString applicationCredentialSecret() const;

private:
    struct Token
    {
        DemoCaller caller;
        QStringList methods;
        QDateTime issuedAt;
        QDateTime expiresAt;
        QString appCredentialId;
    };

    DemoReply createToken(DemoRequest& request);
    DemoReply validateToken(DemoRequest& request);
    DemoReply revokeToken(DemoRequest& request);
    DemoReply listProjects(DemoRequest& request);
    DemoReply versions(DemoRequest& request, bool root);

    //! Who the identity part of the body names, or a Keystone error reply.
    std::variant<Token, DemoReply> identify(const QJsonObject& identity);
    std::optional<QJsonObject> scopeProject(const QJsonObject& scope, const Token& who) const;
    QJsonObject tokenBody(const Token& token) const;
    QJsonArray catalog(const QString& projectId) const;
    QJsonObject findUser(const QJsonObject& spec) const;

    std::function<int()> m_tokenLifetimeSeconds;
    QHash<QString, Token> m_tokens;
};

} // namespace zenith::demo
