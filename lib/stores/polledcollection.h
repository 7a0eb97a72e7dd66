#pragma once

#include "core/apierror.h"
#include "core/maybegone.h"
#include "core/session.h"
#include "core/whenfinished.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <functional>
#include <limits>
#include <memory>
#include <type_traits>
#include <utility>

namespace zenith {

//! How often a PolledCollection refreshes; tests shorten it.
struct PollTiming
{
    std::chrono::milliseconds stableRefresh{60000}; //!< a full listing, to see what others changed
    std::chrono::milliseconds firstPoll{1000};      //!< first poll of a transitional item
    std::chrono::milliseconds maxPoll{15000};       //!< the backoff's ceiling
    int pageSize = 200;                             //!< items per listing page
    int maxPollsInFlight = 4;                       //!< GETs at a time
};

//! The engine of the stores that list a collection page by page and then keep it live (volumes,
//! snapshots): items in a transitional status are polled one by one (G: a GET by id) with
//! backoff until stable; the whole collection is listed again rarely. Emits diffs through its
//! callbacks. Not a QObject: each store owns one and turns the callbacks into typed signals.
template <PagedRequest L, typename G> class PolledCollection
{
public:
    using Item = std::remove_cvref_t<decltype(std::declval<typename L::Response>().items.front())>;
    using Same = std::function<bool(const Item&, const Item&)>;
    using Transitional = std::function<bool(const Item&)>;

    struct Callbacks
    {
        std::function<void(const QList<Item>&)> added;
        std::function<void(const QList<Item>&)> changed;
        std::function<void(const QStringList&)> removed;
        std::function<void()> finished; //!< a listing is complete
        std::function<void(const ApiError&)> failed;
    };

    PolledCollection(QObject* context, Same same, Transitional transitional, Callbacks callbacks)
        : m_context(context)
        , m_same(std::move(same))
        , m_transitional(std::move(transitional))
        , m_callbacks(std::move(callbacks))
    {
        m_clock.start();
        m_refreshTimer.setSingleShot(true);
        m_pollTimer.setSingleShot(true);
        QObject::connect(&m_refreshTimer, &QTimer::timeout, context, [this] { list(); });
        QObject::connect(&m_pollTimer, &QTimer::timeout, context, [this] { pollDue(); });
    }

    //! The session to follow (nullptr: none): drops every item and the old session's answers.
    void setSession(Session* session)
    {
        ++m_generation;
        const QStringList gone = m_items.keys();
        m_items.clear();
        m_polls.clear();
        m_refreshTimer.stop();
        m_pollTimer.stop();
        m_listing = m_loaded = false;
        m_pollsInFlight = 0;
        m_session = session;
        if (!gone.isEmpty())
            m_callbacks.removed(gone);
        if (m_active && m_session)
            list();
    }

    Session* session() const { return m_session; }
    void setTiming(const PollTiming& timing) { m_timing = timing; }

    //! Lists (the first time) and keeps the items live until pause().
    void start()
    {
        m_active = true;
        if (!m_session)
            return;
        if (!m_listing && !m_loaded)
            list();
        else if (!m_listing)
            m_refreshTimer.start(m_timing.stableRefresh);
        scheduleTick();
    }

    void pause()
    {
        m_active = false;
        m_refreshTimer.stop();
        m_pollTimer.stop();
    }

    //! Lists everything again now (unless a listing runs).
    void refresh() { list(); }

    bool isActive() const { return m_active; }
    bool isLoading() const { return m_listing && !m_loaded; }
    bool isLoaded() const { return m_loaded; }
    QList<Item> items() const { return m_items.values(); }

    const Item* find(const QString& id) const
    {
        auto it = m_items.constFind(id);
        return it == m_items.constEnd() ? nullptr : &it.value();
    }

    //! An item an action just returned (a new volume): shown at once, then polled while it moves.
    void upsert(const Item& item)
    {
        applyOne(item);
        watch(item.id);
    }

    //! Polls one item soon, e.g. right after an action was sent to it.
    void watch(const QString& id)
    {
        if (id.isEmpty())
            return;
        Poll& poll = m_polls[id];
        poll.delay = m_timing.firstPoll;
        poll.dueMs = m_clock.elapsed() + m_timing.firstPoll.count() / 2;
        scheduleTick();
    }

private:
    struct Poll
    {
        std::chrono::milliseconds delay{0};
        qint64 dueMs = 0;
        bool inFlight = false;
    };

    void list()
    {
        if (!m_session || m_listing)
            return;
        m_listing = true;
        m_refreshTimer.stop();
        L request;
        request.limit = m_timing.pageSize;
        const quint64 generation = m_generation;
        auto seen = std::make_shared<QSet<QString>>();
        auto broken = std::make_shared<bool>(false);
        using Watcher = QFutureWatcher<Result<typename L::Response>>;
        auto* watcher = new Watcher(m_context);
        QObject::connect(watcher, &Watcher::resultsReadyAt, m_context, [=, this](int begin, int end) {
            if (generation != m_generation)
                return;
            for (int i = begin; i < end; ++i) {
                const auto page = watcher->future().resultAt(i);
                if (!page) {
                    *broken = true;
                    m_callbacks.failed(page.error());
                    continue;
                }
                QList<Item> added;
                QList<Item> changed;
                for (const Item& item : page->items) {
                    if (seen->contains(item.id))
                        continue; // a page boundary that moved under us
                    seen->insert(item.id);
                    classify(item, &added, &changed);
                }
                emitDiff(added, changed);
            }
        });
        QObject::connect(watcher, &Watcher::finished, m_context, [=, this] {
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            m_listing = false;
            // After an error the listing is incomplete: removing what was not seen would be wrong.
            if (!*broken)
                finishListing(*seen);
            if (m_active)
                m_refreshTimer.start(m_timing.stableRefresh);
            scheduleTick();
        });
        watcher->setFuture(m_session->sendPaged(request));
    }

    void finishListing(const QSet<QString>& seen)
    {
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

    void classify(const Item& item, QList<Item>* added, QList<Item>* changed)
    {
        auto it = m_items.find(item.id);
        if (it == m_items.end()) {
            m_items.insert(item.id, item);
            added->append(item);
        } else if (!m_same(*it, item)) {
            *it = item;
            changed->append(item);
        }
        track(item);
    }

    void applyOne(const Item& item)
    {
        QList<Item> added;
        QList<Item> changed;
        classify(item, &added, &changed);
        emitDiff(added, changed);
    }

    void emitDiff(const QList<Item>& added, const QList<Item>& changed)
    {
        if (!added.isEmpty())
            m_callbacks.added(added);
        if (!changed.isEmpty())
            m_callbacks.changed(changed);
    }

    void track(const Item& item)
    {
        if (!m_transitional(item)) {
            m_polls.remove(item.id);
            return;
        }
        if (!m_polls.contains(item.id))
            m_polls.insert(item.id, Poll{m_timing.firstPoll, m_clock.elapsed() + m_timing.firstPoll.count(), false});
    }

    void pollDue()
    {
        if (!m_active || !m_session)
            return;
        const qint64 now = m_clock.elapsed();
        for (auto it = m_polls.begin(); it != m_polls.end() && m_pollsInFlight < m_timing.maxPollsInFlight; ++it) {
            if (it->inFlight || it->dueMs > now)
                continue;
            it->inFlight = true;
            ++m_pollsInFlight;
            const quint64 generation = m_generation;
            G request;
            request.id = it.key();
            whenFinished(
                m_session->send(MayBeGone<G>{request}), m_context,
                [this, id = it.key(), generation](const Result<Item>& result) { landPoll(id, generation, result); });
        }
        scheduleTick();
    }

    void landPoll(const QString& id, quint64 generation, const Result<Item>& result)
    {
        if (generation != m_generation)
            return;
        --m_pollsInFlight;
        auto poll = m_polls.find(id);
        if (poll != m_polls.end()) {
            poll->inFlight = false;
            poll->delay = std::min(poll->delay * 2, m_timing.maxPoll);
            poll->dueMs = m_clock.elapsed() + poll->delay.count();
        }
        if (result) {
            applyOne(result.value());
        } else if (result.error().kind == ApiError::Kind::NotFound) {
            // Deleted: Cinder answers 404 once "deleting" is over.
            m_polls.remove(id);
            if (m_items.remove(id))
                m_callbacks.removed({id});
        }
        // Other errors: the backoff above retries; the listing reports lasting trouble.
        scheduleTick();
    }

    void scheduleTick()
    {
        if (!m_active || m_polls.isEmpty() || m_pollTimer.isActive())
            return;
        qint64 due = std::numeric_limits<qint64>::max();
        for (const Poll& poll : std::as_const(m_polls)) {
            if (!poll.inFlight)
                due = std::min(due, poll.dueMs);
        }
        if (due != std::numeric_limits<qint64>::max())
            m_pollTimer.start(int(std::max<qint64>(0, due - m_clock.elapsed())));
    }

    QObject* m_context;
    Same m_same;
    Transitional m_transitional;
    Callbacks m_callbacks;
    PollTiming m_timing;
    QPointer<Session> m_session;
    QHash<QString, Item> m_items;
    QHash<QString, Poll> m_polls;
    QTimer m_refreshTimer;
    QTimer m_pollTimer;
    QElapsedTimer m_clock;
    quint64 m_generation = 0;
    bool m_active = false;
    bool m_listing = false;
    bool m_loaded = false;
    int m_pollsInFlight = 0;
};

} // namespace zenith
