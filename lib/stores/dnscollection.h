#pragma once

#include "core/apierror.h"
#include "core/result.h"
#include "core/whenfinished.h"
#include "dns/dnsstatus.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>

namespace zenith {

//! How often the DNS stores poll Pending zones and records; tests shorten it.
struct DnsPollTiming
{
    std::chrono::milliseconds firstPoll{1000}; //!< first poll of a Pending item
    std::chrono::milliseconds maxPoll{15000};  //!< the backoff's ceiling
};

//! The engine of the DNS stores (zones, records): lists a collection through a DnsProvider page
//! by page and applies it as diffs by id, then polls each Pending item with backoff until it is
//! Active or Error, or gone (NotFound: a deletion done). Not a QObject: a store owns one and turns
//! its callbacks into typed signals. `T` is DnsZone or DnsRecord.
template <typename T> class DnsCollection
{
public:
    using Fetch = std::function<QFuture<Result<QList<T>>>()>;
    using FetchOne = std::function<QFuture<Result<T>>(const T&)>;

    struct Callbacks
    {
        std::function<void(const QList<T>&)> added;
        std::function<void(const QList<T>&)> changed;
        std::function<void(const QStringList&)> removed;
        std::function<void()> finished;
        std::function<void(const ApiError&)> failed;
    };

    using Timing = DnsPollTiming;

    DnsCollection(QObject* context, Callbacks callbacks)
        : m_context(context)
        , m_callbacks(std::move(callbacks))
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, context, [this] { pollDue(); });
        m_clock.start();
    }

    //! How to list and how to fetch one item (both empty: nothing to follow). Drops every item and
    //! ignores the answers of earlier fetches.
    void reset(Fetch fetch, FetchOne fetchOne)
    {
        ++m_generation;
        const QStringList gone = m_items.keys();
        m_items.clear();
        m_polls.clear();
        m_timer.stop();
        m_listingSeen.reset();
        m_loading = m_loaded = false;
        m_fetch = std::move(fetch);
        m_fetchOne = std::move(fetchOne);
        if (!gone.isEmpty())
            m_callbacks.removed(gone);
    }

    void setTiming(const Timing& timing) { m_timing = timing; }
    bool isLoading() const { return m_loading; }
    bool isLoaded() const { return m_loaded; }
    QList<T> items() const { return m_items.values(); }
    const T* find(const QString& id) const
    {
        auto it = m_items.constFind(id);
        return it == m_items.constEnd() ? nullptr : &it.value();
    }
    //! Ids polled now.
    QStringList polled() const { return m_polls.keys(); }

    //! Lists everything again; does nothing while a listing runs or with nothing to follow.
    void load()
    {
        if (!m_fetch || m_loading)
            return;
        m_loading = true;
        const quint64 generation = m_generation;
        auto seen = std::make_shared<QSet<QString>>();
        auto broken = std::make_shared<bool>(false);
        using Watcher = QFutureWatcher<Result<QList<T>>>;
        auto* watcher = new Watcher(m_context);
        QObject::connect(watcher, &Watcher::resultsReadyAt, m_context, [=, this](int begin, int end) {
            if (generation != m_generation)
                return;
            for (int i = begin; i < end; ++i) {
                const Result<QList<T>> page = watcher->future().resultAt(i);
                if (page) {
                    applyPage(page.value(), seen.get());
                    continue;
                }
                *broken = true;
                m_loading = false;
                m_listingSeen.reset();
                m_callbacks.failed(page.error());
            }
        });
        QObject::connect(watcher, &Watcher::finished, m_context, [=, this] {
            watcher->deleteLater();
            if (generation != m_generation || *broken)
                return;
            m_loading = false;
            finishListing(*seen);
        });
        m_listingSeen = seen;
        watcher->setFuture(m_fetch());
    }

    //! Records an item an action answered with (created, updated, deleting), and polls it while Pending.
    void put(const T& item)
    {
        if (m_listingSeen)
            m_listingSeen->insert(item.id); // a listing under way must not remove it at its end
        auto it = m_items.find(item.id);
        if (it == m_items.end()) {
            m_items.insert(item.id, item);
            m_callbacks.added({item});
        } else if (!(*it == item)) {
            *it = item;
            m_callbacks.changed({item});
        }
        track(item);
    }

    //! Forgets an item (deleted by a provider without statuses).
    void drop(const QString& id)
    {
        m_polls.remove(id);
        if (m_items.remove(id) > 0)
            m_callbacks.removed({id});
    }

    //! Polls an item soon (its zone changed because a record did).
    void watch(const QString& id)
    {
        if (!m_items.contains(id))
            return;
        Poll& poll = m_polls[id];
        poll.delay = m_timing.firstPoll;
        poll.dueMs = m_clock.elapsed() + m_timing.firstPoll.count();
        scheduleTick();
    }

private:
    struct Poll
    {
        std::chrono::milliseconds delay{0};
        qint64 dueMs = 0;
        bool inFlight = false;
    };

    void applyPage(const QList<T>& page, QSet<QString>* seen)
    {
        QList<T> added;
        QList<T> changed;
        for (const T& item : page) {
            if (seen->contains(item.id))
                continue; // a page boundary that moved under us
            seen->insert(item.id);
            auto it = m_items.find(item.id);
            if (it == m_items.end()) {
                m_items.insert(item.id, item);
                added << item;
            } else if (!(*it == item)) {
                *it = item;
                changed << item;
            }
            track(item);
        }
        if (!added.isEmpty())
            m_callbacks.added(added);
        if (!changed.isEmpty())
            m_callbacks.changed(changed);
    }

    void finishListing(const QSet<QString>& seen)
    {
        m_listingSeen.reset();
        QStringList gone;
        for (auto it = m_items.begin(); it != m_items.end();) {
            if (seen.contains(it.key())) {
                ++it;
                continue;
            }
            gone << it.key();
            m_polls.remove(it.key());
            it = m_items.erase(it);
        }
        if (!gone.isEmpty())
            m_callbacks.removed(gone);
        m_loaded = true;
        m_callbacks.finished();
    }

    void track(const T& item)
    {
        if (item.status != DnsStatus::Pending) {
            if (auto it = m_polls.find(item.id); it != m_polls.end() && !it->inFlight)
                m_polls.erase(it);
            return;
        }
        if (!m_polls.contains(item.id))
            m_polls.insert(item.id, Poll{m_timing.firstPoll, m_clock.elapsed() + m_timing.firstPoll.count(), false});
        scheduleTick();
    }

    void scheduleTick()
    {
        qint64 next = -1;
        for (const Poll& poll : std::as_const(m_polls)) {
            if (!poll.inFlight && (next < 0 || poll.dueMs < next))
                next = poll.dueMs;
        }
        if (next < 0)
            return;
        m_timer.start(std::chrono::milliseconds(std::max<qint64>(0, next - m_clock.elapsed())));
    }

    void pollDue()
    {
        if (!m_fetchOne)
            return;
        const qint64 now = m_clock.elapsed();
        for (auto it = m_polls.begin(); it != m_polls.end(); ++it) {
            if (it->inFlight || it->dueMs > now)
                continue;
            const T* item = find(it.key());
            if (!item)
                continue;
            it->inFlight = true;
            const QString id = it.key();
            const quint64 generation = m_generation;
            whenFinished(m_fetchOne(*item), m_context,
                         [this, id, generation](const Result<T>& result) { landPoll(id, generation, result); });
        }
        scheduleTick();
    }

    void landPoll(const QString& id, quint64 generation, const Result<T>& result)
    {
        if (generation != m_generation)
            return;
        auto poll = m_polls.find(id);
        if (poll != m_polls.end()) {
            poll->inFlight = false;
            poll->delay = std::min(poll->delay * 2, m_timing.maxPoll);
            poll->dueMs = m_clock.elapsed() + poll->delay.count();
        }
        if (!result) {
            // Gone: a deletion that the DNS servers have done. Other errors: try again later.
            if (result.error().kind == ApiError::Kind::NotFound)
                drop(id);
            scheduleTick();
            return;
        }
        if (!m_items.contains(id)) {
            m_polls.remove(id);
            return;
        }
        T& item = m_items[id];
        if (!(item == result.value())) {
            item = result.value();
            m_callbacks.changed({item});
        }
        if (item.status != DnsStatus::Pending)
            m_polls.remove(id);
        scheduleTick();
    }

    QObject* m_context;
    Callbacks m_callbacks;
    Fetch m_fetch;
    FetchOne m_fetchOne;
    Timing m_timing;
    QHash<QString, T> m_items;
    QHash<QString, Poll> m_polls;
    std::shared_ptr<QSet<QString>> m_listingSeen;
    QTimer m_timer;
    QElapsedTimer m_clock;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_loaded = false;
};

} // namespace zenith
