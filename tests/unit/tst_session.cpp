#include "fakecloud.h"
#include "testrequests.h"

#include "core/maybegone.h"
#include "core/session.h"
#include "identity/listauthprojectsrequest.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace zenith;
using namespace zenith::test;

#define AWAIT(future, ms) QTRY_VERIFY_WITH_TIMEOUT((future).isFinished(), ms)

namespace {

FakeReply okJson(const QByteArray& body = R"({"ok": true})")
{
    FakeReply r = FakeReply::json(200, body);
    r.addHeader("x-openstack-request-id", "req-ok");
    return r;
}

SessionOptions fastOptions()
{
    SessionOptions o;
    o.transferTimeout = std::chrono::milliseconds(2000);
    o.retry.baseDelay = std::chrono::milliseconds(50);
    o.retry.maxDelay = std::chrono::milliseconds(3000);
    o.retry.maxRetries = 3;
    o.tokenRefreshMargin = std::chrono::seconds(0);
    return o;
}

GetJsonRequest compute(const QString& path)
{
    return GetJsonRequest{ServiceType::Compute, path, HttpMethod::Get, std::nullopt};
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_cloud = std::make_unique<FakeCloud>();
        m_cloud->route("GET", QStringLiteral("/compute/v2.1/servers"), [](const RecordedRequest&) { return okJson(); });
    }
    void cleanup() { m_cloud.reset(); }

    void passwordAuthScopesProjectByName()
    {
        Session session(m_cloud->passwordCloud());
        QSignalSpy authenticated(&session, &Session::authenticated);
        auto f = session.authenticate();
        AWAIT(f, 5000);
        const Result<Token> token = f.result();
        QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().message));
        QCOMPARE(token->id, QStringLiteral("tok-1-secretvalue"));
        QCOMPARE(token->project->name, QStringLiteral("lab"));
        QCOMPARE(token->user.name, QStringLiteral("alice"));
        QVERIFY(token->catalog.hasService(ServiceType::BlockStorage));
        QCOMPARE(authenticated.count(), 1);
        const QJsonObject body = m_cloud->lastAuthBody;
        QCOMPARE(body.value(u"identity")
                     .toObject()
                     .value(u"password")
                     .toObject()
                     .value(u"user")
                     .toObject()
                     .value(u"domain")
                     .toObject()
                     .value(u"name")
                     .toString(),
                 QStringLiteral("Default"));
        QCOMPARE(body.value(u"scope").toObject().value(u"project").toObject().value(u"name").toString(),
                 QStringLiteral("lab"));
    }

    void applicationCredentialById()
    {
        CloudConfig c = m_cloud->passwordCloud();
        c.auth = {};
        c.auth.method = AuthSettings::Method::ApplicationCredential;
        c.auth.authUrl = m_cloud->server.url(QStringLiteral("/identity/v3"));
        c.auth.applicationCredentialId = m_cloud->appCredentialId;
        c.auth.applicationCredentialSecret = m_cloud->appCredentialSecret;
        Session session(c);
        auto f = session.authenticate();
        AWAIT(f, 5000);
        QVERIFY(f.result().ok());
        const QJsonObject cred =
            m_cloud->lastAuthBody.value(u"identity").toObject().value(u"application_credential").toObject();
        QCOMPARE(cred.value(u"id").toString(), QStringLiteral("ac-1"));
        QVERIFY(!m_cloud->lastAuthBody.contains(u"scope")); // Keystone refuses a scope with application credentials
    }

    void applicationCredentialByNameAndUser()
    {
        CloudConfig c = m_cloud->passwordCloud();
        c.auth.method = AuthSettings::Method::ApplicationCredential;
        c.auth.applicationCredentialName = QStringLiteral("lab-cred");
        c.auth.applicationCredentialSecret = m_cloud->appCredentialSecret;
        Session session(c);
        auto f = session.authenticate();
        AWAIT(f, 5000);
        QVERIFY(f.result().ok());
        const QJsonObject cred =
            m_cloud->lastAuthBody.value(u"identity").toObject().value(u"application_credential").toObject();
        QCOMPARE(cred.value(u"name").toString(), QStringLiteral("lab-cred"));
        QCOMPARE(cred.value(u"user").toObject().value(u"name").toString(), QStringLiteral("alice"));
    }

    void tokenAuthUsesExistingToken()
    {
        m_cloud->validTokens.append(QStringLiteral("preexisting"));
        CloudConfig c = m_cloud->passwordCloud();
        c.auth.method = AuthSettings::Method::Token;
        c.auth.token = QStringLiteral("preexisting");
        c.auth.password.clear();
        Session session(c);
        auto f = session.authenticate();
        AWAIT(f, 5000);
        QVERIFY(f.result().ok());
        QCOMPARE(m_cloud->lastAuthBody.value(u"identity").toObject().value(u"token").toObject().value(u"id").toString(),
                 QStringLiteral("preexisting"));
    }

    void revokedTokenSignInIsUnauthorized()
    {
        CloudConfig c = m_cloud->passwordCloud();
        c.auth.method = AuthSettings::Method::Token;
        c.auth.token = QStringLiteral("revoked-long-ago");
        Session session(c);
        auto f = session.authenticate();
        AWAIT(f, 5000);
        QCOMPARE(f.result().error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(f.result().error().httpStatus, 404);
        QCOMPARE(f.result().error().message, QStringLiteral("Failed to validate token"));
    }

    void domainScopedToken()
    {
        CloudConfig c = m_cloud->passwordCloud();
        c.auth.projectName.clear();
        c.auth.projectDomainName.clear();
        c.auth.domainName = QStringLiteral("Default");
        Session session(c);
        auto f = session.authenticate();
        AWAIT(f, 5000);
        QVERIFY(f.result().ok());
        QVERIFY(f.result()->domain.has_value());
        QVERIFY(!f.result()->project.has_value());
        QCOMPARE(m_cloud->lastAuthBody.value(u"scope").toObject().value(u"domain").toObject().value(u"name").toString(),
                 QStringLiteral("Default"));
    }

    void wrongPasswordFailsPendingRequests()
    {
        CloudConfig c = m_cloud->passwordCloud();
        c.auth.password = QStringLiteral("wrong");
        Session session(c);
        QSignalSpy failed(&session, &Session::authenticationFailed);
        auto request = session.send(compute(QStringLiteral("servers")));
        AWAIT(request, 5000);
        QVERIFY(!request.result().ok());
        QCOMPARE(request.result().error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(request.result().error().message,
                 QStringLiteral("The request you have made requires authentication."));
        QCOMPARE(request.result().error().requestId, QStringLiteral("req-auth-refused"));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(m_cloud->tokensIssued, 0);
    }

    void missingSecretIsAConfigErrorWithoutTraffic()
    {
        CloudConfig c = m_cloud->passwordCloud();
        c.auth.password.clear();
        Session session(c);
        auto f = session.authenticate();
        AWAIT(f, 5000);
        QCOMPARE(f.result().error().kind, ApiError::Kind::Config);
        QVERIFY(m_cloud->server.requests().isEmpty());
    }

    void tokenIsReusedAcrossRequests()
    {
        Session session(m_cloud->passwordCloud());
        QList<QFuture<Result<QJsonObject>>> futures;
        for (int i = 0; i < 5; ++i)
            futures.append(session.send(compute(QStringLiteral("servers"))));
        for (auto& f : futures) {
            AWAIT(f, 5000);
            QVERIFY(f.result().ok());
        }
        auto again = session.send(compute(QStringLiteral("servers")));
        AWAIT(again, 5000);
        QCOMPARE(m_cloud->tokensIssued, 1);
        QCOMPARE(m_cloud->server.requestsTo("POST", QStringLiteral("/identity/v3/auth/tokens")).size(), 1);
        // One discovery of the compute root for all six requests.
        QCOMPARE(m_cloud->server.requestsTo("GET", QStringLiteral("/compute/")).size(), 1);
    }

    void reauthenticatesOnceOn401AndReplays()
    {
        Session session(m_cloud->passwordCloud());
        auto first = session.send(compute(QStringLiteral("servers")));
        AWAIT(first, 5000);
        QVERIFY(first.result().ok());
        m_cloud->validTokens.clear(); // the token expired server-side
        auto second = session.send(compute(QStringLiteral("servers")));
        AWAIT(second, 5000);
        QVERIFY2(second.result().ok(), qPrintable(second.result().ok() ? QString() : second.result().error().message));
        QCOMPARE(m_cloud->tokensIssued, 2);
        const auto calls = m_cloud->server.requestsTo("GET", QStringLiteral("/compute/v2.1/servers"));
        QCOMPARE(calls.size(), 3);
        QCOMPARE(calls.at(1).header("X-Auth-Token"), QByteArray("tok-1-secretvalue"));
        QCOMPARE(calls.at(2).header("X-Auth-Token"), QByteArray("tok-2-secretvalue"));
    }

    void persistent401IsReportedNotLooped()
    {
        m_cloud->route("GET", QStringLiteral("/compute/v2.1/forbidden-forever"), [](const RecordedRequest&) {
            return FakeReply::json(401, R"({"error": {"code": 401, "title": "Unauthorized", "message": "nope"}})");
        });
        Session session(m_cloud->passwordCloud());
        auto f = session.send(compute(QStringLiteral("forbidden-forever")));
        AWAIT(f, 5000);
        QCOMPARE(f.result().error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(m_cloud->server.requestsTo("GET", QStringLiteral("/compute/v2.1/forbidden-forever")).size(), 2);
        QCOMPARE(m_cloud->tokensIssued, 2);
    }

    void renewsTokenBeforeExpiry()
    {
        m_cloud->tokenLifetimeSeconds = 1;
        Session session(m_cloud->passwordCloud());
        SessionOptions o = fastOptions();
        o.tokenRefreshMargin = std::chrono::seconds(0);
        session.setOptions(o);
        auto first = session.send(compute(QStringLiteral("servers")));
        AWAIT(first, 5000);
        QTest::qWait(1100); // let the 1-second token lapse on our side
        auto second = session.send(compute(QStringLiteral("servers")));
        AWAIT(second, 5000);
        QVERIFY(second.result().ok());
        QCOMPARE(m_cloud->tokensIssued, 2);
        // Renewed proactively: no request was refused with 401.
        QCOMPARE(m_cloud->server.requestsTo("GET", QStringLiteral("/compute/v2.1/servers")).size(), 2);
    }

    void regionSelectsEndpoint()
    {
        m_cloud->route("GET", QStringLiteral("/compute2/v2.1/servers"),
                       [](const RecordedRequest&) { return okJson(); });
        CloudConfig c = m_cloud->passwordCloud();
        c.regionName = QStringLiteral("RegionTwo");
        Session session(c);
        auto f = session.send(compute(QStringLiteral("servers")));
        AWAIT(f, 5000);
        QVERIFY(f.result().ok());
        QCOMPARE(m_cloud->server.requestsTo("GET", QStringLiteral("/compute2/v2.1/servers")).size(), 1);
        session.setRegion(QStringLiteral("RegionOne"));
        auto g = session.send(compute(QStringLiteral("servers")));
        AWAIT(g, 5000);
        QCOMPARE(m_cloud->server.requestsTo("GET", QStringLiteral("/compute/v2.1/servers")).size(), 1);
    }

    void interfaceSelectsEndpoint()
    {
        m_cloud->route("GET", QStringLiteral("/compute-internal/v2.1/servers"),
                       [](const RecordedRequest&) { return okJson(); });
        CloudConfig c = m_cloud->passwordCloud();
        c.interface = QStringLiteral("internal");
        Session session(c);
        auto f = session.send(compute(QStringLiteral("servers")));
        AWAIT(f, 5000);
        QVERIFY(f.result().ok());
        QCOMPARE(m_cloud->server.requestsTo("GET", QStringLiteral("/compute-internal/v2.1/servers")).size(), 1);
    }

    void serviceMissingFromCatalogIsUnsupported()
    {
        Session session(m_cloud->passwordCloud());
        auto f = session.send(GetJsonRequest{ServiceType::Dns, QStringLiteral("zones"), HttpMethod::Get, std::nullopt});
        AWAIT(f, 5000);
        QCOMPARE(f.result().error().kind, ApiError::Kind::Unsupported);
        QCOMPARE(f.result().error().service, QStringLiteral("dns"));
    }

    void microversionHeadersAreNegotiated()
    {
        m_cloud->computeMax = QStringLiteral("2.60"); // an older cloud than we support
        m_cloud->route("GET", QStringLiteral("/volume/v3/p-lab/volumes"),
                       [](const RecordedRequest&) { return okJson(); });
        m_cloud->route("GET", QStringLiteral("/network/v2.0/networks"),
                       [](const RecordedRequest&) { return okJson(); });
        Session session(m_cloud->passwordCloud());
        auto c = session.send(compute(QStringLiteral("servers")));
        auto v =
            session.send(GetJsonRequest{ServiceType::BlockStorage, QStringLiteral("volumes"), HttpMethod::Get, {}});
        auto n = session.send(GetJsonRequest{ServiceType::Network, QStringLiteral("networks"), HttpMethod::Get, {}});
        AWAIT(c, 5000);
        AWAIT(v, 5000);
        AWAIT(n, 5000);
        QVERIFY(c.result().ok() && v.result().ok());
        QVERIFY2(n.result().ok(), qPrintable(n.result().ok() ? QString() : n.result().error().message));
        const auto servers = m_cloud->server.requestsTo("GET", QStringLiteral("/compute/v2.1/servers")).first();
        QCOMPARE(servers.header("OpenStack-API-Version"), QByteArray("compute 2.60"));
        QCOMPARE(servers.header("X-OpenStack-Nova-API-Version"), QByteArray("2.60"));
        const auto volumes = m_cloud->server.requestsTo("GET", QStringLiteral("/volume/v3/p-lab/volumes")).first();
        QCOMPARE(volumes.header("OpenStack-API-Version"), QByteArray("volume 3.60"));
        // Neutron has no microversions; its unversioned catalog URL gained "v2.0/" from discovery.
        const auto networks = m_cloud->server.requestsTo("GET", QStringLiteral("/network/v2.0/networks")).first();
        QVERIFY(networks.header("OpenStack-API-Version").isEmpty());
        QCOMPARE(session.microversion(ServiceType::Compute)->toString(), QStringLiteral("2.60"));
        QCOMPARE(session.microversion(ServiceType::BlockStorage)->toString(), QStringLiteral("3.60"));
    }

    void requestAboveNegotiatedMicroversionFailsLocally()
    {
        m_cloud->computeMax = QStringLiteral("2.60");
        Session session(m_cloud->passwordCloud());
        auto f = session.send(
            GetJsonRequest{ServiceType::Compute, QStringLiteral("servers"), HttpMethod::Get, Microversion{2, 67}});
        AWAIT(f, 5000);
        QCOMPARE(f.result().error().kind, ApiError::Kind::Unsupported);
        QVERIFY(f.result().error().message.contains(QStringLiteral("2.67")));
        QVERIFY(m_cloud->server.requestsTo("GET", QStringLiteral("/compute/v2.1/servers")).isEmpty());
    }

    void failedDiscoveryFallsBackToCatalogUrl()
    {
        m_cloud->server.on("GET", QStringLiteral("/compute/"),
                           [](const RecordedRequest&) { return FakeReply::json(404, "{}"); });
        Session session(m_cloud->passwordCloud());
        auto f = session.send(compute(QStringLiteral("servers")));
        AWAIT(f, 5000);
        QVERIFY(f.result().ok());
        const auto servers = m_cloud->server.requestsTo("GET", QStringLiteral("/compute/v2.1/servers")).first();
        QVERIFY(servers.header("OpenStack-API-Version").isEmpty());
    }

    void retries429HonouringRetryAfter()
    {
        int calls = 0;
        m_cloud->route("GET", QStringLiteral("/compute/v2.1/busy"), [&calls](const RecordedRequest&) {
            if (++calls == 1) {
                FakeReply r =
                    FakeReply::json(429, R"({"overLimit": {"code": 429, "message": "slow down", "retryAfter": "1"}})");
                r.addHeader("Retry-After", "1");
                return r;
            }
            return okJson();
        });
        Session session(m_cloud->passwordCloud());
        session.setOptions(fastOptions());
        auto f = session.send(compute(QStringLiteral("busy")));
        AWAIT(f, 5000);
        QVERIFY(f.result().ok());
        const auto attempts = m_cloud->server.requestsTo("GET", QStringLiteral("/compute/v2.1/busy"));
        QCOMPARE(attempts.size(), 2);
        QVERIFY2(attempts.at(1).atMs - attempts.at(0).atMs >= 950,
                 qPrintable(QStringLiteral("retried after %1 ms").arg(attempts.at(1).atMs - attempts.at(0).atMs)));
    }

    void retries503WithBackoffThenGivesUp()
    {
        m_cloud->route("GET", QStringLiteral("/compute/v2.1/down"), [](const RecordedRequest&) {
            FakeReply r = FakeReply::json(503, R"({"computeFault": {"code": 503, "message": "Service Unavailable"}})");
            r.addHeader("x-compute-request-id", "req-down");
            return r;
        });
        Session session(m_cloud->passwordCloud());
        session.setOptions(fastOptions());
        auto f = session.send(compute(QStringLiteral("down")));
        AWAIT(f, 10000);
        const ApiError e = f.result().error();
        QCOMPARE(e.kind, ApiError::Kind::Server);
        QCOMPARE(e.httpStatus, 503);
        QCOMPARE(e.requestId, QStringLiteral("req-down"));
        QCOMPARE(e.message, QStringLiteral("Service Unavailable"));
        const auto attempts = m_cloud->server.requestsTo("GET", QStringLiteral("/compute/v2.1/down"));
        QCOMPARE(attempts.size(), 4); // the first try and maxRetries = 3
        // Exponential backoff: each gap at least the base delay doubled (minus jitter).
        const qint64 gap1 = attempts.at(1).atMs - attempts.at(0).atMs;
        const qint64 gap3 = attempts.at(3).atMs - attempts.at(2).atMs;
        QVERIFY2(gap1 >= 35 && gap3 >= 140, qPrintable(QStringLiteral("gaps %1 and %2 ms").arg(gap1).arg(gap3)));
    }

    void postIsRetriedOn429ButNotOn503()
    {
        int posts429 = 0;
        m_cloud->route("POST", QStringLiteral("/compute/v2.1/servers"), [&posts429](const RecordedRequest&) {
            if (++posts429 == 1)
                return FakeReply::json(429, R"({"overLimit": {"code": 429, "message": "slow"}})");
            return FakeReply::json(202, R"({"server": {"id": "s1"}})");
        });
        m_cloud->route("POST", QStringLiteral("/compute/v2.1/flaky"), [](const RecordedRequest&) {
            return FakeReply::json(503, R"({"computeFault": {"code": 503, "message": "maybe"}})");
        });
        Session session(m_cloud->passwordCloud());
        session.setOptions(fastOptions());
        auto ok = session.send(GetJsonRequest{ServiceType::Compute, QStringLiteral("servers"), HttpMethod::Post, {}});
        auto flaky = session.send(GetJsonRequest{ServiceType::Compute, QStringLiteral("flaky"), HttpMethod::Post, {}});
        AWAIT(ok, 5000);
        AWAIT(flaky, 5000);
        QVERIFY(ok.result().ok());
        QCOMPARE(posts429, 2);
        QCOMPARE(flaky.result().error().httpStatus, 503);
        QCOMPARE(m_cloud->server.requestsTo("POST", QStringLiteral("/compute/v2.1/flaky")).size(), 1);
    }

    void stalledTransferTimesOut()
    {
        m_cloud->route("GET", QStringLiteral("/compute/v2.1/stall"), [](const RecordedRequest&) {
            FakeReply r;
            r.hang = true;
            return r;
        });
        Session session(m_cloud->passwordCloud());
        SessionOptions o = fastOptions();
        o.transferTimeout = std::chrono::milliseconds(300);
        session.setOptions(o);
        QElapsedTimer clock;
        clock.start();
        auto f = session.send(compute(QStringLiteral("stall")));
        AWAIT(f, 5000);
        QCOMPARE(f.result().error().kind, ApiError::Kind::Timeout);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(session.inFlight(), 0);
    }

    void droppedConnectionIsANetworkError()
    {
        m_cloud->route("GET", QStringLiteral("/compute/v2.1/drop"), [](const RecordedRequest&) {
            FakeReply r;
            r.drop = true;
            return r;
        });
        Session session(m_cloud->passwordCloud());
        auto f = session.send(compute(QStringLiteral("drop")));
        AWAIT(f, 5000);
        QCOMPARE(f.result().error().kind, ApiError::Kind::Network);
        QCOMPARE(f.result().error().service, QStringLiteral("compute"));
    }

    void unreachableCloudIsANetworkError()
    {
        CloudConfig c = m_cloud->passwordCloud();
        const quint16 port = m_cloud->server.port();
        m_cloud.reset(); // nothing listens there any more
        c.auth.authUrl.setPort(port);
        Session session(c);
        auto f = session.authenticate();
        AWAIT(f, 5000);
        QCOMPARE(f.result().error().kind, ApiError::Kind::Network);
        m_cloud = std::make_unique<FakeCloud>();
    }

    void errorBodiesBecomeApiErrors()
    {
        m_cloud->route("GET", QStringLiteral("/compute/v2.1/servers/nope"), [](const RecordedRequest&) {
            FakeReply r = FakeReply::json(
                404, R"({"itemNotFound": {"code": 404, "message": "Instance nope could not be found."}})");
            r.addHeader("x-compute-request-id", "req-404");
            return r;
        });
        Session session(m_cloud->passwordCloud());
        QSignalSpy failed(&session, &Session::requestFailed);
        auto f = session.send(compute(QStringLiteral("servers/nope")));
        AWAIT(f, 5000);
        const ApiError e = f.result().error();
        QCOMPARE(e.kind, ApiError::Kind::NotFound);
        QCOMPARE(e.code, QStringLiteral("itemNotFound"));
        QCOMPARE(e.message, QStringLiteral("Instance nope could not be found."));
        QCOMPARE(e.requestId, QStringLiteral("req-404"));
        QCOMPARE(failed.count(), 1);
    }

    // A 404 that may be the answer (a deleted resource watched until it is gone) is no failed request
    // for the status bar; any other error of the same call still is.
    void aNotFoundThatMayBeTheAnswerIsNoFailure()
    {
        m_cloud->route("GET", QStringLiteral("/compute/v2.1/servers/gone"), [](const RecordedRequest&) {
            return FakeReply::json(
                404, R"({"itemNotFound": {"code": 404, "message": "Instance gone could not be found."}})");
        });
        m_cloud->route("GET", QStringLiteral("/compute/v2.1/servers/secret"), [](const RecordedRequest&) {
            return FakeReply::json(403, R"({"forbidden": {"code": 403, "message": "Policy does not allow it."}})");
        });
        Session session(m_cloud->passwordCloud());
        QSignalSpy failed(&session, &Session::requestFailed);
        auto gone = session.send(MayBeGone<GetJsonRequest>{compute(QStringLiteral("servers/gone"))});
        AWAIT(gone, 5000);
        QCOMPARE(gone.result().error().kind, ApiError::Kind::NotFound);
        QCOMPARE(failed.count(), 0);
        auto forbidden = session.send(MayBeGone<GetJsonRequest>{compute(QStringLiteral("servers/secret"))});
        AWAIT(forbidden, 5000);
        QCOMPARE(forbidden.result().error().kind, ApiError::Kind::Forbidden);
        QCOMPARE(failed.count(), 1);
    }

    void pagesArriveOneByOne()
    {
        const QStringList all{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                              QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g")};
        m_cloud->route("GET", QStringLiteral("/network/v2.0/things"), [all](const RecordedRequest& r) {
            const int limit = r.query.queryItemValue(QStringLiteral("limit")).toInt();
            const QString marker = r.query.queryItemValue(QStringLiteral("marker"));
            const qsizetype start = marker.isEmpty() ? 0 : all.indexOf(marker) + 1;
            QJsonArray things;
            for (qsizetype i = start; i < qMin(all.size(), start + limit); ++i)
                things.append(QJsonObject{{QStringLiteral("id"), all.at(i)}});
            QJsonObject body{{QStringLiteral("things"), things}};
            if (start + limit < all.size()) {
                // Links name another host, as behind a TLS terminator: only the marker may be followed.
                body.insert(QStringLiteral("things_links"),
                            QJsonArray{QJsonObject{
                                {QStringLiteral("rel"), QStringLiteral("next")},
                                {QStringLiteral("href"),
                                 QStringLiteral("http://internal.invalid:9696/v2.0/things?limit=%1&marker=%2")
                                     .arg(limit)
                                     .arg(all.at(start + limit - 1))}}});
            }
            FakeReply reply = okJson(QJsonDocument(body).toJson());
            reply.delayMs = 50;
            return reply;
        });
        Session session(m_cloud->passwordCloud());
        auto f = session.sendPaged(ListThingsRequest{});
        QFutureWatcher<Result<ListThingsRequest::Response>> watcher;
        // For each page delivered: how many page requests the server had seen by then.
        QList<qsizetype> requestsWhenDelivered;
        connect(&watcher, &QFutureWatcherBase::resultReadyAt, this, [&](int) {
            requestsWhenDelivered.append(
                m_cloud->server.requestsTo("GET", QStringLiteral("/network/v2.0/things")).size());
        });
        watcher.setFuture(f);
        AWAIT(f, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(requestsWhenDelivered.size(), 4, 2000);
        QCOMPARE(f.resultCount(), 4);
        QStringList ids;
        for (const auto& page : f.results()) {
            QVERIFY(page.ok());
            ids += page->ids;
        }
        QCOMPARE(ids, all);
        QVERIFY2(requestsWhenDelivered.first() < 4,
                 "the first page reached the caller before the last one was even requested");
        const auto pages = m_cloud->server.requestsTo("GET", QStringLiteral("/network/v2.0/things"));
        QCOMPARE(pages.size(), 4);
        QCOMPARE(pages.at(2).query.queryItemValue(QStringLiteral("marker")), QStringLiteral("d"));
    }

    void nextPageIsAskedBeforeAnUnreadablePageEndsTheSequence()
    {
        // Page 2 names a next page but its items cannot be read: the next page was already asked
        // for (from the reply's end), yet the caller gets page 1, then the error, and nothing after.
        m_cloud->route("GET", QStringLiteral("/network/v2.0/things"), [](const RecordedRequest& r) {
            const QString marker = r.query.queryItemValue(QStringLiteral("marker"));
            // (Plain literals: moc's tokenizer loses its way in raw strings here.)
            const auto next = [](const char* m) -> QByteArray {
                return QByteArray("\"things_links\": [{\"rel\": \"next\", \"href\": \"http://n/v2.0/things?marker=") +
                       m + "\"}]";
            };
            if (marker.isEmpty())
                return okJson("{\"things\": [{\"id\": \"a\"}, {\"id\": \"b\"}], " + next("b") + '}');
            if (marker == u"b")
                return okJson("{\"things\": 5, " + next("d") + '}');
            return okJson("{\"things\": [{\"id\": \"e\"}]}");
        });
        Session session(m_cloud->passwordCloud());
        auto f = session.sendPaged(ListThingsRequest{});
        AWAIT(f, 5000);
        QCOMPARE(f.resultCount(), 2);
        QVERIFY(f.resultAt(0).ok());
        QCOMPARE(f.resultAt(0)->ids, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(!f.resultAt(1).ok());
        QCOMPARE(f.resultAt(1).error().kind, ApiError::Kind::Parse);
        QTRY_COMPARE_WITH_TIMEOUT(m_cloud->server.requestsTo("GET", QStringLiteral("/network/v2.0/things")).size(), 3,
                                  2000);
        QTest::qWait(100);
        QCOMPARE(f.resultCount(), 2);
    }

    void queryValuesTravelFormEncoded()
    {
        m_cloud->route("GET", QStringLiteral("/network/v2.0/things"),
                       [](const RecordedRequest&) { return okJson(R"({"things": []})"); });
        Session session(m_cloud->passwordCloud());
        ListThingsRequest request;
        request.marker = QStringLiteral("lab+key é&x=1");
        auto f = session.send(request);
        AWAIT(f, 5000);
        QVERIFY(f.result().ok());
        const auto sent = m_cloud->server.requestsTo("GET", QStringLiteral("/network/v2.0/things")).first();
        // A plus left bare would reach Neutron as a space (it decodes queries as forms).
        QVERIFY2(sent.query.toString(QUrl::FullyEncoded).contains(QStringLiteral("lab%2Bkey%20%C3%A9%26x%3D1")),
                 qPrintable(sent.query.toString(QUrl::FullyEncoded)));
        QCOMPARE(sent.query.queryItemValue(QStringLiteral("marker"), QUrl::FullyDecoded),
                 QStringLiteral("lab+key é&x=1"));
    }

    void rateLimiterSpacesRequests()
    {
        CloudConfig c = m_cloud->passwordCloud();
        c.rateLimits.requestsPerSecond = 10; // burst of 10, then one every 100 ms
        Session session(c);
        auto warmup = session.send(compute(QStringLiteral("servers")));
        AWAIT(warmup, 5000);
        QTest::qWait(1100); // refill the bucket after discovery and warm-up
        m_cloud->server.clearRequests();
        QList<QFuture<Result<QJsonObject>>> futures;
        for (int i = 0; i < 15; ++i)
            futures.append(session.send(compute(QStringLiteral("servers"))));
        for (auto& f : futures)
            AWAIT(f, 10000);
        const auto sent = m_cloud->server.requestsTo("GET", QStringLiteral("/compute/v2.1/servers"));
        QCOMPARE(sent.size(), 15);
        // The 5 requests beyond the burst are spaced about 100 ms apart.
        const qint64 spread = sent.last().atMs - sent.at(9).atMs;
        QVERIFY2(spread >= 430 && spread < 3000, qPrintable(QStringLiteral("last 5 spread over %1 ms").arg(spread)));
        QVERIFY2(sent.at(9).atMs - sent.first().atMs < 400, "the burst went out at once");
    }

    void tokenRequestsAreRateLimitedSeparately()
    {
        CloudConfig c = m_cloud->passwordCloud();
        c.rateLimits.tokenRequestsPerMinute = 120; // one token request every 500 ms
        Session session(c);
        auto a = session.authenticate();
        AWAIT(a, 5000);
        m_cloud->validTokens.clear();
        auto b = session.send(compute(QStringLiteral("servers")));
        AWAIT(b, 5000);
        QVERIFY(b.result().ok());
        const auto tokens = m_cloud->server.requestsTo("POST", QStringLiteral("/identity/v3/auth/tokens"));
        QCOMPARE(tokens.size(), 2);
        QVERIFY2(tokens.at(1).atMs - tokens.at(0).atMs >= 450,
                 qPrintable(QString::number(tokens.at(1).atMs - tokens.at(0).atMs)));
    }

    void cancellingAbortsTheRequest()
    {
        m_cloud->route("GET", QStringLiteral("/compute/v2.1/stall"), [](const RecordedRequest&) {
            FakeReply r;
            r.hang = true;
            return r;
        });
        Session session(m_cloud->passwordCloud());
        QSignalSpy inFlight(&session, &Session::inFlightChanged);
        auto f = session.send(compute(QStringLiteral("stall")));
        QTRY_COMPARE_WITH_TIMEOUT(m_cloud->server.requestsTo("GET", QStringLiteral("/compute/v2.1/stall")).size(), 1,
                                  5000);
        QCOMPARE(session.inFlight(), 1);
        f.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(session.inFlight(), 0, 2000);
        QVERIFY(f.isCanceled());
        QCOMPARE(inFlight.last().first().toInt(), 0);
    }

    void listsProjectsFromTheIdentityEndpoint()
    {
        Session session(m_cloud->passwordCloud());
        auto f = session.send(ListAuthProjectsRequest{});
        AWAIT(f, 5000);
        QVERIFY(f.result().ok());
        QCOMPARE(f.result()->size(), 2);
        QCOMPARE(f.result()->at(1).name, QStringLiteral("other"));
        // Keystone's catalog URL is versioned: no discovery request for it.
        QCOMPARE(m_cloud->server.requestsTo("GET", QStringLiteral("/identity/")).size(), 0);
    }

    void switchProjectRescopes()
    {
        Session session(m_cloud->passwordCloud());
        auto a = session.authenticate();
        AWAIT(a, 5000);
        auto b = session.switchProject(QStringLiteral("p-other"));
        AWAIT(b, 5000);
        QVERIFY(b.result().ok());
        QCOMPARE(b.result()->project->id, QStringLiteral("p-other"));
        QCOMPARE(m_cloud->lastAuthBody.value(u"scope").toObject().value(u"project").toObject().value(u"id").toString(),
                 QStringLiteral("p-other"));
    }

    void tlsCertificatesAreVerified()
    {
        FakeCloud tls(true);
        Session session(tls.passwordCloud());
        auto f = session.authenticate();
        AWAIT(f, 5000);
        QCOMPARE(f.result().error().kind, ApiError::Kind::Network); // our test CA is not a system CA
        QVERIFY(tls.server.requests().isEmpty());
    }

    void cacertOfTheConfigurationIsTrusted()
    {
        FakeCloud tls(true);
        CloudConfig c = tls.passwordCloud();
        c.caCertFile = qEnvironmentVariable("ZENITH_TEST_DATA") + QStringLiteral("/tls/ca.pem");
        Session session(c);
        auto f = session.authenticate();
        AWAIT(f, 5000);
        QVERIFY2(f.result().ok(), qPrintable(f.result().ok() ? QString() : f.result().error().message));
    }

    void verificationOffOnlyWhenTheConfigurationSaysSo()
    {
        FakeCloud tls(true);
        CloudConfig c = tls.passwordCloud();
        c.verifyTls = false;
        Session session(c);
        auto f = session.authenticate();
        AWAIT(f, 5000);
        QVERIFY(f.result().ok());
    }

    void unreadableCacertIsAConfigErrorWithoutTraffic()
    {
        CloudConfig c = m_cloud->passwordCloud();
        c.caCertFile = QStringLiteral("/nonexistent/ca.pem");
        Session session(c);
        auto f = session.authenticate();
        AWAIT(f, 5000);
        QCOMPARE(f.result().error().kind, ApiError::Kind::Config);
        QCOMPARE(f.result().error().message, QStringLiteral("The cacert file /nonexistent/ca.pem could not be read"));
        QVERIFY(m_cloud->server.requests().isEmpty());
    }

    void logsNeverCarrySecrets()
    {
        static QStringList lines;
        lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("zenith.*=true"));
        const auto previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString& msg) { lines.append(msg); });
        {
            Session session(m_cloud->passwordCloud());
            auto f = session.send(compute(QStringLiteral("servers")));
            AWAIT(f, 5000);
            QVERIFY(f.result().ok());
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        const QString all = lines.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("X-Auth-Token")), "the dump was logged");
        QVERIFY2(all.contains(QStringLiteral("compute 2.79")) || all.contains(QStringLiteral("using 2.79")),
                 "the chosen microversion is visible");
        QVERIFY(!all.contains(m_cloud->password));
        QVERIFY(!all.contains(QStringLiteral("secretvalue")));
    }

private:
    std::unique_ptr<FakeCloud> m_cloud;
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
