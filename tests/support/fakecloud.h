#pragma once

#include "fakehttpserver.h"

#include "config/cloudconfig.h"

#include <QJsonObject>
#include <QStringList>

namespace zenith::test {

//! A scripted Keystone plus version roots on one FakeHttpServer, shaped like a real cloud:
//! two regions, public and internal interfaces, a versioned compute URL, an unversioned network
//! URL, a Cinder URL carrying the project id. Service routes are added by each test.
class FakeCloud
{
public:
    //! With `tls`, everything is served over HTTPS (see FakeHttpServer).
    explicit FakeCloud(bool tls = false);

    FakeHttpServer server;

    // Knobs
    QString password = QStringLiteral("correct horse battery staple");
    QString appCredentialId = QStringLiteral("ac-1");
    QString appCredentialSecret = QStringLiteral("ac-secret-1");
    int tokenLifetimeSeconds = 3600;
    QString computeMin = QStringLiteral("2.1");
    QString computeMax = QStringLiteral("2.93");
    QString volumeMax = QStringLiteral("3.70");
    QString projectId = QStringLiteral("p-lab");

    // Observations
    int tokensIssued = 0;
    QStringList validTokens;  //!< tokens services accept; clear() to "expire" them server-side
    QJsonObject lastAuthBody; //!< the last POST /v3/auth/tokens body

    //! A password cloud pointing at this server (project "lab" in domain Default).
    CloudConfig passwordCloud() const;
    //! A 401 reply (keystonemiddleware's body) unless the request carries a valid token.
    std::optional<FakeReply> checkToken(const RecordedRequest& request) const;
    //! Adds a route that checks the token first, then calls `handler`.
    void route(const QByteArray& method, const QString& path, FakeHttpServer::Handler handler);

private:
    FakeReply issueToken(const RecordedRequest& request);
    QJsonObject tokenBody(const QJsonObject& scope) const;
    QJsonArray catalog() const;
    void addVersionRoots();
};

} // namespace zenith::test
