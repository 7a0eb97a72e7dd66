#include "session.h"

#include "authenticator.h"
#include "endpointresolver.h"
#include "httpexchange.h"
#include "httplog.h"
#include "ratelimiter.h"
#include "retrydelay.h"
#include "tlsconfiguration.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QHash>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

namespace zenith {

namespace {

// Keystone's token endpoint has its own, stricter limit at OVHcloud (per user, per minute).
const QString kTokenBucket = QStringLiteral("identity-token");

// QUrlQuery leaves '+' alone, but every OpenStack service decodes its query as a form, where '+'
// is a space: a marker or a name with a plus in it must travel as %2B.
QString formEncoded(const QUrlQuery& query)
{
    QStringList parts;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value)));
    return parts.join(u'&');
}

struct Call
{
    quint64 id = 0;
    RequestSpec spec;
    std::function<void(const Result<RawReply>&)> done;
    bool quiet = false; //!< internal (auth, discovery): not counted, never reported to the status bar
    int retries = 0;
    bool reauthenticated = false;
    bool finished = false;
    QString tokenId; //!< the token this attempt carried, to invalidate exactly that one on 401
    QPointer<HttpExchange> exchange;
    QPointer<QFutureWatcher<void>> watcher;
};

using CallPtr = std::shared_ptr<Call>;

} // namespace

class SessionPrivate
{
public:
    SessionPrivate(Session* session, CloudConfig config);

    void submit(const RequestSpec& spec, std::function<void(const Result<RawReply>&)> done, bool quiet,
                const QFuture<void>& cancellation);
    void start(const CallPtr& call);
    void startAuthenticated(const CallPtr& call);
    void transmit(const CallPtr& call, const QUrl& url, const std::optional<Microversion>& microversion);
    void onResponse(const CallPtr& call, const HttpResponse& response);
    void finish(const CallPtr& call, const Result<RawReply>& result);
    void cancel(const CallPtr& call);
    QNetworkRequest buildRequest(const CallPtr& call, const QUrl& url, const std::optional<Microversion>& mv) const;
    void applyRateLimits();
    QString currentRegion() const;
    int visibleInFlight() const;

    Session* q;
    CloudConfig cloud;
    SessionOptions options;
    QNetworkAccessManager* manager;
    RateLimiter* limiter;
    Authenticator auth;
    EndpointResolver resolver;
    QString region;
    Result<QSslConfiguration> tls;
    QHash<quint64, CallPtr> calls;
    quint64 nextId = 1;
};

SessionPrivate::SessionPrivate(Session* session, CloudConfig config)
    : q(session)
    , cloud(std::move(config))
    , manager(new QNetworkAccessManager(session))
    , limiter(new RateLimiter(session))
    , auth(cloud.auth, [this](const RequestSpec& s, auto done) { submit(s, std::move(done), true, {}); })
    , resolver([this](const RequestSpec& s, auto done) { submit(s, std::move(done), true, {}); })
    , region(cloud.regionName)
    , tls(tlsConfiguration(cloud))
{
    // Requests are retried by us, with the semantics OpenStack needs; redirects are not part of any API we call.
    manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    applyRateLimits();
    auth.authenticated = [this](const Token& token) { Q_EMIT q->authenticated(token); };
    auth.failed = [this](const ApiError& error) { Q_EMIT q->authenticationFailed(error); };
}

void SessionPrivate::applyRateLimits()
{
    const RateLimits& r = cloud.rateLimits;
    for (ServiceType s : {ServiceType::Identity, ServiceType::Compute, ServiceType::Network, ServiceType::BlockStorage,
                          ServiceType::Image, ServiceType::Dns, ServiceType::Orchestration, ServiceType::Placement}) {
        const QString name = serviceTypeName(s);
        const double rate = r.perService.value(name, r.requestsPerSecond);
        // A one-second burst keeps a pane's parallel first load fast while honouring the average.
        limiter->setRate(name, rate, rate);
    }
    limiter->setRate(kTokenBucket, r.tokenRequestsPerMinute / 60.0, 1);
}

QString SessionPrivate::currentRegion() const
{
    return region.isEmpty() ? cloud.regionName : region;
}

int SessionPrivate::visibleInFlight() const
{
    int n = 0;
    for (const CallPtr& c : calls)
        n += c->quiet ? 0 : 1;
    return n;
}

void SessionPrivate::submit(const RequestSpec& spec, std::function<void(const Result<RawReply>&)> done, bool quiet,
                            const QFuture<void>& cancellation)
{
    auto call = std::make_shared<Call>();
    call->id = nextId++;
    call->spec = spec;
    call->done = std::move(done);
    call->quiet = quiet;
    calls.insert(call->id, call);
    if (!quiet)
        Q_EMIT q->inFlightChanged(visibleInFlight());
    if (cancellation.isValid()) {
        auto* watcher = new QFutureWatcher<void>(q);
        QObject::connect(watcher, &QFutureWatcher<void>::canceled, q, [this, call] { cancel(call); });
        watcher->setFuture(cancellation);
        call->watcher = watcher;
    }
    start(call);
}

void SessionPrivate::start(const CallPtr& call)
{
    if (call->finished)
        return;
    if (!tls) {
        finish(call, tls.error());
        return;
    }
    if (call->spec.absoluteUrl) {
        const QString bucket = call->spec.method == HttpMethod::Post && call->spec.service == ServiceType::Identity
                                   ? kTokenBucket
                                   : serviceTypeName(call->spec.service);
        limiter->acquire(bucket, q, [this, call] { transmit(call, *call->spec.absoluteUrl, std::nullopt); });
        return;
    }
    auth.withToken([this, call](const Result<Token>& token) {
        if (!token) {
            finish(call, token.error());
            return;
        }
        startAuthenticated(call);
    });
}

void SessionPrivate::startAuthenticated(const CallPtr& call)
{
    if (call->finished)
        return;
    const Token& token = *auth.token();
    auto endpoint = token.catalog.endpoint(call->spec.service, cloud.interface, currentRegion());
    if (!endpoint) {
        finish(call, endpoint.error());
        return;
    }
    resolver.resolve(call->spec.service, endpoint.value(), [this, call](const Result<ServiceTarget>& target) {
        if (call->finished)
            return;
        if (!target) {
            finish(call, target.error());
            return;
        }
        const auto& min = call->spec.minMicroversion;
        if (min && (!target->microversion || *target->microversion < *min)) {
            finish(call, ApiError::local(
                             ApiError::Kind::Unsupported,
                             QStringLiteral("This needs %1 microversion %2; the cloud offers %3")
                                 .arg(serviceTypeName(call->spec.service), min->toString(),
                                      target->microversion ? target->microversion->toString() : QStringLiteral("none")),
                             serviceTypeName(call->spec.service)));
            return;
        }
        QUrl url = target->base.resolved(QUrl(call->spec.path));
        if (!call->spec.query.isEmpty())
            url.setQuery(formEncoded(call->spec.query), QUrl::StrictMode);
        const auto microversion = target->microversion;
        limiter->acquire(serviceTypeName(call->spec.service), q,
                         [this, call, url, microversion] { transmit(call, url, microversion); });
    });
}

QNetworkRequest SessionPrivate::buildRequest(const CallPtr& call, const QUrl& url,
                                             const std::optional<Microversion>& mv) const
{
    QNetworkRequest request(url);
    request.setSslConfiguration(tls.value());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent",
                         "Zenith/" + QCoreApplication::applicationVersion().toUtf8() + " Qt/" + QByteArray(qVersion()));
    if (!call->spec.body.isEmpty())
        request.setRawHeader("Content-Type", call->spec.contentType);
    if (!call->tokenId.isEmpty())
        request.setRawHeader("X-Auth-Token", call->tokenId.toLatin1());
    for (const auto& [name, value] : call->spec.headers)
        request.setRawHeader(name, value);
    const QString header = microversionHeaderName(call->spec.service);
    if (mv && !header.isEmpty()) {
        request.setRawHeader("OpenStack-API-Version", (header + u' ' + mv->toString()).toLatin1());
        // Nova releases before Mitaka only read their legacy header.
        if (call->spec.service == ServiceType::Compute)
            request.setRawHeader("X-OpenStack-Nova-API-Version", mv->toString().toLatin1());
    }
    return request;
}

void SessionPrivate::transmit(const CallPtr& call, const QUrl& url, const std::optional<Microversion>& microversion)
{
    if (call->finished)
        return;
    call->tokenId = call->spec.absoluteUrl || !auth.token() ? QString() : auth.token()->id;
    const QNetworkRequest request = buildRequest(call, url, microversion);
    const auto timeout = call->spec.transferTimeout.value_or(options.transferTimeout);
    qCDebug(lcHttpDump).noquote() << methodName(call->spec.method) << url.toDisplayString() << '\n'
                                  << redactedHeaders(request) << redactedBody(call->spec.body);
    auto* exchange = new HttpExchange(manager, request, call->spec.method, call->spec.body, timeout, q);
    call->exchange = exchange;
    QObject::connect(exchange, &HttpExchange::finished, q, [this, call, exchange](const HttpResponse& response) {
        exchange->deleteLater();
        call->exchange = nullptr;
        qCDebug(lcHttp).noquote().nospace()
            << methodName(call->spec.method) << ' ' << exchange->property("url").toString() << " -> "
            << (response.transportError ? kindName(response.transportError->kind) : QString::number(response.status))
            << " in " << response.elapsedMs << " ms " << response.requestId();
        onResponse(call, response);
    });
    exchange->setProperty("url", url.toDisplayString(QUrl::RemoveQuery));
}

void SessionPrivate::onResponse(const CallPtr& call, const HttpResponse& response)
{
    const QString service = serviceTypeName(call->spec.service);
    if (response.transportError) {
        ApiError e = *response.transportError;
        e.service = service;
        finish(call, e);
        return;
    }
    const int status = response.status;
    // Version roots answer 300 Multiple Choices (Keystone, Cinder, Glance, Heat).
    const bool discovery = call->spec.absoluteUrl && call->spec.method == HttpMethod::Get;
    if ((status >= 200 && status < 300) || (discovery && status == 300)) {
        RawReply reply{status, response.body, response.requestId(), service, response.headers};
        finish(call, reply);
        return;
    }
    if (status == 401 && !call->tokenId.isEmpty() && !call->reauthenticated) {
        call->reauthenticated = true;
        auth.invalidate(call->tokenId);
        start(call);
        return;
    }
    const auto delay =
        retryDelay(options.retry, call->retries, status, call->spec.method, response.header("Retry-After"),
                   QDateTime::currentDateTimeUtc(), QRandomGenerator::global()->generateDouble());
    if (delay) {
        ++call->retries;
        qCInfo(lcSession).nospace() << "HTTP " << status << " from " << service << ", retry " << call->retries << " in "
                                    << delay->count() << " ms";
        QTimer::singleShot(*delay, q, [this, call] { start(call); });
        return;
    }
    finish(call, ApiError::fromReply(status, response.body, service, response.requestId()));
}

void SessionPrivate::finish(const CallPtr& call, const Result<RawReply>& result)
{
    if (call->finished)
        return;
    call->finished = true;
    calls.remove(call->id);
    if (call->watcher)
        call->watcher->deleteLater();
    if (!call->quiet) {
        Q_EMIT q->inFlightChanged(visibleInFlight());
        const bool answered = !result && result.error().kind == ApiError::Kind::NotFound && call->spec.notFoundIsAnswer;
        if (!result && result.error().kind != ApiError::Kind::Cancelled && !answered)
            Q_EMIT q->requestFailed(result.error());
    }
    call->done(result);
}

void SessionPrivate::cancel(const CallPtr& call)
{
    if (call->finished)
        return;
    if (call->exchange) {
        call->exchange->abort(); // reports Cancelled through onResponse
        return;
    }
    finish(call, ApiError::local(ApiError::Kind::Cancelled, QStringLiteral("Cancelled"),
                                 serviceTypeName(call->spec.service)));
}

Session::Session(CloudConfig cloud, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<SessionPrivate>(this, std::move(cloud)))
{
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<Token>();
    d->auth.setRefreshMargin(d->options.tokenRefreshMargin);
}

Session::~Session()
{
    // Drop callbacks without calling them: their promises cancel themselves when released.
    const auto calls = std::exchange(d->calls, {});
    for (const CallPtr& call : calls) {
        call->finished = true;
        if (call->exchange)
            call->exchange->disconnect(this);
    }
}

const CloudConfig& Session::cloud() const
{
    return d->cloud;
}

void Session::setOptions(const SessionOptions& options)
{
    d->options = options;
    d->auth.setRefreshMargin(options.tokenRefreshMargin);
}

const SessionOptions& Session::options() const
{
    return d->options;
}

QFuture<Result<Token>> Session::authenticate()
{
    auto promise = std::make_shared<QPromise<Result<Token>>>();
    promise->start();
    d->auth.withToken([promise](const Result<Token>& token) {
        promise->addResult(token);
        promise->finish();
    });
    return promise->future();
}

QFuture<Result<Token>> Session::switchProject(const QString& projectId)
{
    if (d->cloud.auth.method == AuthSettings::Method::ApplicationCredential) {
        return QtFuture::makeReadyFuture(Result<Token>(
            ApiError::local(ApiError::Kind::Config, QStringLiteral("An application credential is bound to one project"),
                            QStringLiteral("identity"))));
    }
    d->auth.setProject(projectId);
    d->resolver.clear();
    return authenticate();
}

void Session::setRegion(const QString& region)
{
    d->region = region;
}

QString Session::region() const
{
    if (!d->currentRegion().isEmpty() || !d->auth.token())
        return d->currentRegion();
    const QStringList regions = d->auth.token()->catalog.regions();
    return regions.isEmpty() ? QString() : regions.first();
}

std::optional<Token> Session::token() const
{
    return d->auth.token();
}

std::optional<Microversion> Session::microversion(ServiceType service) const
{
    return d->resolver.microversion(service);
}

int Session::inFlight() const
{
    return d->visibleInFlight();
}

void Session::sendRaw(const RequestSpec& spec, std::function<void(const Result<RawReply>&)> done,
                      const QFuture<void>& cancellation)
{
    d->submit(spec, std::move(done), false, cancellation);
}

} // namespace zenith
