#pragma once

#include "core/session.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>

#include <memory>
#include <type_traits>
#include <utility>

namespace zenith {

//! Sends a list request, follows its pages and calls `done` once on `context`'s thread with every
//! item, or with the first error. For the short lists a dialog fills its pickers from (key pairs,
//! networks, security groups): nothing is shown before the whole list is there.
template <PagedRequest R, typename Done> void loadAllPages(Session* session, R request, QObject* context, Done&& done)
{
    using Item = std::remove_cvref_t<decltype(std::declval<typename R::Response>().items.front())>;
    using Watcher = QFutureWatcher<Result<typename R::Response>>;
    auto* watcher = new Watcher(context);
    QObject::connect(watcher, &Watcher::finished, context, [watcher, done = std::forward<Done>(done)]() mutable {
        watcher->deleteLater();
        QList<Item> items;
        const QFuture<Result<typename R::Response>> future = watcher->future();
        for (int i = 0; i < future.resultCount(); ++i) {
            const Result<typename R::Response> page = future.resultAt(i);
            if (!page) {
                done(Result<QList<Item>>(page.error()));
                return;
            }
            items += page->items;
        }
        done(Result<QList<Item>>(items));
    });
    watcher->setFuture(session->sendPaged(std::move(request)));
}

} // namespace zenith
