#pragma once

#include "paging.h"
#include "rawreply.h"
#include "requestspec.h"
#include "sessionoptions.h"
#include "token.h"

#include "config/cloudconfig.h"

#include <QFuture>
#include <QObject>
#include <QPromise>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace zenith {

class SessionPrivate;

//! The connection to one cloud: the only owner of a QNetworkAccessManager in Zenith.
//! Authenticates with Keystone v3 (and again before the token expires, or once on a 401),
//! picks endpoints from the catalog, discovers versions and negotiates microversions,
//! retries 429/503 with backoff, enforces transfer timeouts and optional rate limits.
class Session final : public QObject
{
    Q_OBJECT

public:
    explicit Session(CloudConfig cloud, QObject* parent = nullptr);
    ~Session() override;

    const CloudConfig& cloud() const;
    void setOptions(const SessionOptions& options);
    const SessionOptions& options() const;

    //! Authenticates now (the login dialog), or returns the current token if it is still valid.
    QFuture<Result<Token>> authenticate();
    //! Replaces the configured scope with another project of the same user, and re-authenticates.
    QFuture<Result<Token>> switchProject(const QString& projectId);
    //! Chooses the region used for every later request (empty: the catalog's first).
    void setRegion(const QString& region);
    QString region() const;
    //! The current token, if any; its id is a secret.
    std::optional<Token> token() const;
    //! The microversion in use for a service, once discovery has run for it.
    std::optional<Microversion> microversion(ServiceType service) const;
    //! Requests sent and not yet answered.
    int inFlight() const;

    //! Sends one request; the future holds exactly one result.
    template <ApiRequest R> QFuture<Result<typename R::Response>> send(const R& request);
    //! Sends a list request and follows its markers; the future gets one result per page, as each arrives.
    //! An error ends the sequence with one error result. `laterLimit`, when set, is the page size
    //! after the first page: a small first page puts the first rows on screen sooner.
    template <PagedRequest R>
    QFuture<Result<typename R::Response>> sendPaged(R request, std::optional<int> laterLimit = std::nullopt);

    //! The request-level primitive the templates build on: the callback runs once, on this thread.
    void sendRaw(const RequestSpec& spec, std::function<void(const Result<RawReply>&)> done,
                 const QFuture<void>& cancellation = {});

Q_SIGNALS:
    void authenticated(const zenith::Token& token);
    void authenticationFailed(const zenith::ApiError& error);
    void inFlightChanged(int count);
    //! Every failed request, for the status bar's "last error".
    void requestFailed(const zenith::ApiError& error);

private:
    template <PagedRequest R>
    void fetchPage(std::shared_ptr<QPromise<Result<typename R::Response>>> promise, R request,
                   std::optional<int> laterLimit);

    std::unique_ptr<SessionPrivate> d;
};

template <ApiRequest R> QFuture<Result<typename R::Response>> Session::send(const R& request)
{
    using Out = Result<typename R::Response>;
    auto promise = std::make_shared<QPromise<Out>>();
    QFuture<Out> future = promise->future();
    promise->start();
    sendRaw(
        request.spec(),
        [promise](const Result<RawReply>& reply) {
            promise->addResult(reply ? parseReply<R>(reply.value()) : Out(reply.error()));
            promise->finish();
        },
        QFuture<void>(future));
    return future;
}

template <PagedRequest R>
QFuture<Result<typename R::Response>> Session::sendPaged(R request, std::optional<int> laterLimit)
{
    auto promise = std::make_shared<QPromise<Result<typename R::Response>>>();
    auto future = promise->future();
    promise->start();
    fetchPage<R>(promise, std::move(request), laterLimit);
    return future;
}

template <PagedRequest R>
void Session::fetchPage(std::shared_ptr<QPromise<Result<typename R::Response>>> promise, R request,
                        std::optional<int> laterLimit)
{
    using Out = Result<typename R::Response>;
    const RequestSpec spec = request.spec();
    // The request for the page after `marker`: the later page size from the second page on.
    const auto following = [laterLimit](R r, const QString& marker) {
        r.marker = marker;
        if constexpr (requires { r.limit = laterLimit; }) {
            if (laterLimit)
                r.limit = laterLimit;
        }
        return r;
    };
    sendRaw(
        spec,
        [this, promise, request, laterLimit, following](const Result<RawReply>& reply) {
            if (promise->future().isFinished())
                return; // an earlier page failed to read while this one was already asked for
            // Ask for the next page before reading this one, when its marker can be read from the
            // reply's end: the cloud builds the next page while we read this one.
            std::optional<QString> asked;
            if (reply && !promise->isCanceled()) {
                asked = peekNextMarker(reply->body);
                if (asked && asked != request.marker)
                    fetchPage<R>(promise, following(request, *asked), laterLimit);
                else
                    asked.reset();
            }
            Out page = reply ? parseReply<R>(reply.value()) : Out(reply.error());
            const std::optional<QString> next = page.ok() ? page->nextMarker : std::nullopt;
            const bool more = next.has_value() && next != request.marker && !promise->isCanceled();
            if (asked) {
                // The next page is on its way; it finishes the sequence, unless this page failed.
                Q_ASSERT(!page.ok() || next == asked);
                const bool failed = !page.ok();
                promise->addResult(std::move(page));
                if (failed)
                    promise->finish();
                return;
            }
            promise->addResult(std::move(page));
            if (!more) {
                promise->finish();
                return;
            }
            fetchPage<R>(promise, following(request, *next), laterLimit);
        },
        QFuture<void>(promise->future()));
}

} // namespace zenith
