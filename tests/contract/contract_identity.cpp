#include "contract.h"

#include "core/createtokenrequest.h"
#include "identity/listauthprojectsrequest.h"
#include "identity/revoketokenrequest.h"

using namespace zenith;
using namespace zenith::contract;

// Keystone v3: each way of signing in, the project list, project switching, and what happens
// to a session whose token Keystone has revoked (what an expired token looks like to us).
class ContractIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordSignInScopesTheProject()
    {
        const auto token = Harness::instance().session().token();
        QVERIFY(token.has_value());
        Harness::instance().exercised(typeName<CreateTokenRequest>());
        QCOMPARE(token->methods, QStringList{QStringLiteral("password")});
        QCOMPARE(token->project->name, Harness::instance().cloud().auth.projectName);
        QVERIFY(token->roles.contains(QStringLiteral("member")));
        for (ServiceType s : {ServiceType::Compute, ServiceType::Network, ServiceType::BlockStorage, ServiceType::Image,
                              ServiceType::Dns})
            QVERIFY2(token->catalog.hasService(s), qPrintable(serviceTypeName(s)));
        if (onDevCloud()) // it runs Heat; the demo cloud has none yet
            QVERIFY(token->catalog.hasService(ServiceType::Orchestration));
        QVERIFY(token->expiresAt > QDateTime::currentDateTimeUtc());
    }

    void applicationCredentialSignIn()
    {
        const auto cloud = Harness::instance().otherCloud(QStringLiteral("-appcred"));
        if (!cloud)
            QSKIP("no application credential entry in this clouds.yaml");
        auto session = Harness::instance().newSession(*cloud);
        auto token = await(session->authenticate());
        CONTRACT_OK(token);
        QCOMPARE(token->methods, QStringList{QStringLiteral("application_credential")});
        QCOMPARE(token->project->name, Harness::instance().cloud().auth.projectName);
    }

    void tokenSignInRescopesAnExistingToken()
    {
        CloudConfig cloud = Harness::instance().cloud();
        cloud.auth.method = AuthSettings::Method::Token;
        cloud.auth.token = Harness::instance().session().token()->id;
        cloud.auth.password.clear();
        auto session = Harness::instance().newSession(cloud);
        auto token = await(session->authenticate());
        CONTRACT_OK(token);
        QVERIFY(token->methods.contains(QStringLiteral("token")));
        QVERIFY(token->id != cloud.auth.token);
    }

    void wrongPasswordIsUnauthorized()
    {
        CloudConfig cloud = Harness::instance().cloud();
        cloud.auth.password = QStringLiteral("not the password");
        auto session = Harness::instance().newSession(cloud);
        auto token = await(session->authenticate());
        CONTRACT_FAILS(token, ApiError::Kind::Unauthorized, 401);
        QCOMPARE(token.error().message, QStringLiteral("The request you have made requires authentication."));
        QVERIFY(!token.error().requestId.isEmpty());
    }

    void projectsAreListedAndSwitchable()
    {
        auto projects = call(ListAuthProjectsRequest{});
        CONTRACT_OK(projects);
        QStringList names;
        QString otherId;
        for (const Project& p : projects.value()) {
            names.append(p.name);
            if (p.name != Harness::instance().cloud().auth.projectName)
                otherId = p.id;
        }
        QVERIFY2(names.contains(Harness::instance().cloud().auth.projectName), qPrintable(names.join(u',')));
        if (otherId.isEmpty())
            QSKIP("the user has a single project here");
        auto session = Harness::instance().newSession(Harness::instance().cloud());
        auto switched = await(session->switchProject(otherId));
        CONTRACT_OK(switched);
        QCOMPARE(switched->project->id, otherId);
    }

    void revokedTokenIsReplacedAndTheRequestReplayed()
    {
        auto session = Harness::instance().newSession(Harness::instance().cloud());
        auto first = await(session->authenticate());
        CONTRACT_OK(first);
        const QString revoked = first->id;
        auto revoke = call(RevokeTokenRequest{revoked});
        CONTRACT_OK(revoke);

        // The revoked token alone is refused (Keystone says 404 "Failed to validate token")...
        CloudConfig tokenCloud = Harness::instance().cloud();
        tokenCloud.auth.method = AuthSettings::Method::Token;
        tokenCloud.auth.token = revoked;
        auto stale = Harness::instance().newSession(tokenCloud);
        auto refused = await(stale->authenticate());
        CONTRACT_FAILS(refused, ApiError::Kind::Unauthorized, 404);
        QCOMPARE(refused.error().message, QStringLiteral("Failed to validate token"));

        // ...and a session holding it gets 401, signs in again once, and replays the call.
        auto projects = call(*session, ListAuthProjectsRequest{});
        CONTRACT_OK(projects);
        QVERIFY(session->token()->id != revoked);
    }
};

ZENITH_CONTRACT_TEST(ContractIdentity)
#include "contract_identity.moc"
