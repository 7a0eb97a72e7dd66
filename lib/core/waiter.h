#pragma once

#include "replyparser.h"
#include "session.h"
#include "whenfinished.h"

#include <QDeadlineTimer>
#include <QPromise>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace zenith {

//! How patiently a waiter polls: the first delay grows by `growth` up to `maxDelay`, until `timeout`.
struct WaitOptions
{
    std::chrono::milliseconds firstDelay{500};
    double growth = 1.5;
    std::chrono::milliseconds maxDelay{5000};
    std::chrono::milliseconds timeout{std::chrono::minutes(10)};
};

//! Polls `request` until `settle` turns a reply into a final result, or the deadline passes (Timeout).
//! `settle` sees every reply, errors included, and returns nullopt to keep polling. Cancelling the
//! returned future stops the polling.
template <typename Out, ApiRequest R>
QFuture<Result<Out>> poll(Session& session, R request,
                          std::function<std::optional<Result<Out>>(const Result<typename R::Response>&)> settle,
                          WaitOptions options = {})
{
    struct State
    {
        Session* session;
        R request;
        std::function<std::optional<Result<Out>>(const Result<typename R::Response>&)> settle;
        WaitOptions options;
        QPromise<Result<Out>> promise;
        QDeadlineTimer deadline;
        std::chrono::milliseconds delay;
        std::function<void(std::shared_ptr<State>)> next;
    };
    auto state = std::make_shared<State>();
    state->session = &session;
    state->request = std::move(request);
    state->settle = std::move(settle);
    state->options = options;
    state->deadline = QDeadlineTimer(options.timeout);
    state->delay = options.firstDelay;
    state->promise.start();
    // Each step holds the state only while it runs or waits: no cycle, nothing leaks.
    state->next = [](std::shared_ptr<State> s) {
        if (s->promise.isCanceled()) {
            s->promise.finish();
            return;
        }
        whenFinished(s->session->send(s->request), s->session, [s](const Result<typename R::Response>& reply) {
            if (auto final = s->settle(reply)) {
                s->promise.addResult(*final);
                s->promise.finish();
                return;
            }
            if (s->deadline.hasExpired()) {
                s->promise.addResult(ApiError::local(
                    ApiError::Kind::Timeout,
                    QStringLiteral("Still not done after %1 s").arg(s->options.timeout.count() / 1000)));
                s->promise.finish();
                return;
            }
            const auto wait = std::min(
                s->delay, std::chrono::duration_cast<std::chrono::milliseconds>(s->deadline.remainingTimeAsDuration()));
            s->delay = std::min(s->options.maxDelay, std::chrono::milliseconds(static_cast<qint64>(
                                                         static_cast<double>(s->delay.count()) * s->options.growth)));
            QTimer::singleShot(wait, s->session, [s] { s->next(s); });
        });
    };
    QFuture<Result<Out>> future = state->promise.future();
    state->next(state);
    return future;
}

//! Waits until a resource's status is one of `done` (the resource is the result) or one of
//! `failed` (an error of kind Server with `fault(resource)` as its message). Transient errors
//! (network, timeout, 5xx, rate limits) are polled through; other errors end the wait.
template <ApiRequest R>
QFuture<Result<typename R::Response>>
waitForStatus(Session& session, R request, std::function<QString(const typename R::Response&)> status, QStringList done,
              QStringList failed, std::function<QString(const typename R::Response&)> fault = {},
              WaitOptions options = {})
{
    using Resp = typename R::Response;
    const QString service = serviceTypeName(request.spec().service);
    return poll<Resp, R>(
        session, std::move(request),
        [status, done, failed, fault, service](const Result<Resp>& reply) -> std::optional<Result<Resp>> {
            if (!reply)
                return isTransient(reply.error()) ? std::nullopt : std::optional<Result<Resp>>(reply.error());
            const QString now = status(reply.value());
            if (done.contains(now))
                return reply;
            if (failed.contains(now)) {
                const QString why = fault ? fault(reply.value()) : QString();
                return Result<Resp>(ApiError::local(ApiError::Kind::Server,
                                                    why.isEmpty() ? QStringLiteral("Status became %1").arg(now) : why,
                                                    service));
            }
            return std::nullopt;
        },
        options);
}

//! Waits until the resource is gone (the service answers 404).
template <ApiRequest R>
QFuture<Result<NoContent>> waitForDeletion(Session& session, R request, WaitOptions options = {})
{
    using Resp = typename R::Response;
    return poll<NoContent, R>(
        session, std::move(request),
        [](const Result<Resp>& reply) -> std::optional<Result<NoContent>> {
            if (reply)
                return std::nullopt;
            if (reply.error().kind == ApiError::Kind::NotFound)
                return Result<NoContent>(NoContent{});
            return isTransient(reply.error()) ? std::nullopt : std::optional<Result<NoContent>>(reply.error());
        },
        options);
}

} // namespace zenith
