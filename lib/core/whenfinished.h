#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace zenith {

//! Calls `then(result)` on `context`'s thread when a single-result future finishes, unless
//! `context` is gone by then or the future was cancelled without a result.
//! A watcher rather than QFuture::then(context, …): Qt 6.4 asserts when the context dies first.
template <typename T, typename Then> void whenFinished(const QFuture<T>& future, QObject* context, Then&& then)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, then = std::forward<Then>(then)]() mutable {
                         watcher->deleteLater();
                         if (watcher->future().resultCount() > 0)
                             then(watcher->future().result());
                     });
    watcher->setFuture(future);
}

} // namespace zenith
