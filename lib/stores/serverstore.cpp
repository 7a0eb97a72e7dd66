#include "serverstore.h"

#include "compute/getserverrequest.h"
#include "compute/listserversrequest.h"
#include "core/maybegone.h"
#include "core/session.h"
#include "core/whenfinished.h"

#include <QFutureWatcher>
#include <QSet>

#include <algorithm>
#include <limits>

namespace zenith {

namespace {

using ListWatcher = QFutureWatcher<Result<Page<Server>>>;

// Fields the table shows or the details panel reads; Nova bumps `updated` on most changes but
// not on every one (addresses arrive from Neutron without it), so compare what matters.
bool sameServer(const Server& a, const Server& b)
{
    return a.updated == b.updated && a.status == b.status && a.taskState == b.taskState && a.vmState == b.vmState &&
           a.powerState == b.powerState && a.name == b.name && a.addresses == b.addresses && a.keyName == b.keyName &&
           a.availabilityZone == b.availabilityZone && a.progress == b.progress && a.locked == b.locked &&
           a.tags == b.tags && a.metadata == b.metadata && a.imageId == b.imageId && a.flavor.id == b.flavor.id &&
           a.flavor.originalName == b.flavor.originalName && a.fault.has_value() == b.fault.has_value() &&
           a.securityGroups == b.securityGroups;
}

} // namespace

ServerStore::ServerStore(QObject* parent)
    : QObject(parent)
{
    m_clock.start();
    m_refreshTimer.setSingleShot(true);
    m_pollTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        ++m_refreshes;
        list(!m_loaded || m_refreshes % std::max(1, m_timing.fullRefreshEvery) == 0);
    });
    connect(&m_pollTimer, &QTimer::timeout, this, &ServerStore::pollDue);
}

ServerStore::~ServerStore() = default;

void ServerStore::setSession(Session* session)
{
    ++m_generation; // answers to the old session's requests are dropped when they land
    const QStringList gone = m_servers.keys();
    m_servers.clear();
    m_polls.clear();
    m_refreshTimer.stop();
    m_pollTimer.stop();
    m_loading = m_listing = m_loaded = false;
    m_pollsInFlight = 0;
    m_refreshes = 0;
    m_lastSync = {};
    m_session = session;
    if (!gone.isEmpty())
        Q_EMIT serversRemoved(gone);
    if (m_active && m_session)
        list(true);
}

Session* ServerStore::session() const
{
    return m_session;
}

void ServerStore::setTiming(const Timing& timing)
{
    m_timing = timing;
}

void ServerStore::start()
{
    m_active = true;
    if (!m_session)
        return;
    if (!m_loaded && !m_listing)
        list(true);
    else if (m_loaded && !m_listing)
        m_refreshTimer.start(m_timing.stableRefresh);
    scheduleTick();
}

void ServerStore::pause()
{
    m_active = false;
    m_refreshTimer.stop();
    m_pollTimer.stop();
}

bool ServerStore::isActive() const
{
    return m_active;
}

bool ServerStore::isLoading() const
{
    return m_loading;
}

bool ServerStore::isLoaded() const
{
    return m_loaded;
}

QList<Server> ServerStore::servers() const
{
    return m_servers.values();
}

const Server* ServerStore::server(const QString& id) const
{
    const auto it = m_servers.constFind(id);
    return it == m_servers.cend() ? nullptr : &it.value();
}

void ServerStore::watch(const QString& id)
{
    // An unknown id is a server just created, not listed yet: its first poll adds it.
    if (id.isEmpty())
        return;
    Poll& poll = m_polls[id];
    poll.delay = m_timing.firstPoll;
    poll.dueMs = nowMs();
    scheduleTick();
}

bool ServerStore::isTransitional(const Server& server)
{
    static const QSet<QString> moving{
        QStringLiteral("BUILD"),     QStringLiteral("REBOOT"),  QStringLiteral("HARD_REBOOT"), QStringLiteral("RESIZE"),
        QStringLiteral("MIGRATING"), QStringLiteral("REBUILD"), QStringLiteral("PASSWORD")};
    return !server.taskState.isEmpty() || moving.contains(server.status);
}

void ServerStore::list(bool full)
{
    if (!m_session || m_listing)
        return;
    m_listing = true;
    m_loading = full && !m_loaded;
    // Our clock, a little early: changes-since compares with Nova's `updated`, kept in seconds.
    const QDateTime startedAt = QDateTime::currentDateTimeUtc().addSecs(-2);
    ListServersRequest request;
    request.limit = m_timing.pageSize;
    if (!full && m_lastSync.isValid())
        request.changesSince = m_lastSync;
    full = full || !request.changesSince;
    std::optional<int> laterLimit;
    if (m_loading && m_timing.firstPageSize < m_timing.pageSize) {
        request.limit = m_timing.firstPageSize;
        laterLimit = m_timing.pageSize;
    }

    const quint64 generation = m_generation;
    auto seen = std::make_shared<QSet<QString>>();
    auto broken = std::make_shared<bool>(false);
    auto* watcher = new ListWatcher(this);
    connect(watcher, &ListWatcher::resultsReadyAt, this, [=, this](int begin, int end) {
        if (generation != m_generation)
            return;
        for (int i = begin; i < end; ++i) {
            const Result<Page<Server>> page = watcher->future().resultAt(i);
            if (!page) {
                *broken = true;
                m_listing = m_loading = false;
                Q_EMIT failed(page.error());
            } else {
                applyPage(page->items, full, seen.get());
            }
        }
    });
    connect(watcher, &ListWatcher::finished, this, [=, this] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_listing = false;
        m_loading = false;
        if (!*broken)
            finishListing(full, *seen, startedAt);
        if (m_active)
            m_refreshTimer.start(m_timing.stableRefresh);
    });
    watcher->setFuture(m_session->sendPaged(request, laterLimit));
}

void ServerStore::applyPage(const QList<Server>& page, bool full, QSet<QString>* seen)
{
    QList<Server> added;
    QList<Server> changed;
    QStringList removed;
    for (const Server& server : page) {
        seen->insert(server.id);
        auto it = m_servers.find(server.id);
        if (!full && server.status == u"DELETED") {
            if (it != m_servers.end()) {
                m_servers.erase(it);
                m_polls.remove(server.id);
                removed.append(server.id);
            }
            continue;
        }
        if (it == m_servers.end()) {
            m_servers.insert(server.id, server);
            added.append(server);
        } else if (!sameServer(*it, server)) {
            *it = server;
            changed.append(server);
        } else {
            continue;
        }
        track(server);
    }
    if (!added.isEmpty())
        Q_EMIT serversAdded(added);
    if (!changed.isEmpty())
        Q_EMIT serversChanged(changed);
    if (!removed.isEmpty())
        Q_EMIT serversRemoved(removed);
    scheduleTick();
}

void ServerStore::finishListing(bool full, const QSet<QString>& seen, const QDateTime& startedAt)
{
    m_lastSync = startedAt;
    if (full) {
        // Servers that only a poll or a page before this one knew about stay; the rest are gone.
        QStringList removed;
        for (auto it = m_servers.begin(); it != m_servers.end();) {
            if (!seen.contains(it.key())) {
                removed.append(it.key());
                m_polls.remove(it.key());
                it = m_servers.erase(it);
            } else {
                ++it;
            }
        }
        if (!removed.isEmpty())
            Q_EMIT serversRemoved(removed);
    }
    const bool first = !m_loaded;
    m_loaded = true;
    if (full || first)
        Q_EMIT loadingFinished();
}

void ServerStore::track(const Server& server)
{
    if (!isTransitional(server)) {
        m_polls.remove(server.id);
        return;
    }
    auto it = m_polls.find(server.id);
    if (it == m_polls.end())
        m_polls.insert(server.id, Poll{m_timing.firstPoll, nowMs() + m_timing.firstPoll.count(), false});
}

void ServerStore::pollDue()
{
    if (!m_active || !m_session || m_polls.isEmpty())
        return;
    const qint64 now = nowMs();
    if (m_polls.size() > m_timing.pollListThreshold) {
        // A class launching 200 servers: one changes-since listing beats 200 GETs.
        if (!m_listing && m_loaded) {
            list(false);
        }
        m_pollTimer.start(m_timing.firstPoll * 2);
        return;
    }
    for (auto it = m_polls.begin(); it != m_polls.end() && m_pollsInFlight < m_timing.maxPollsInFlight; ++it) {
        if (!it->inFlight && it->dueMs <= now) {
            it->inFlight = true;
            pollOne(it.key());
        }
    }
    scheduleTick();
}

void ServerStore::pollOne(const QString& id)
{
    ++m_pollsInFlight;
    const quint64 generation = m_generation;
    whenFinished(m_session->send(MayBeGone<GetServerRequest>{{id}}), this,
                 [this, id, generation](const Result<Server>& result) { landPoll(id, generation, result); });
}

void ServerStore::landPoll(const QString& id, quint64 generation, const Result<Server>& result)
{
    if (generation != m_generation)
        return;
    --m_pollsInFlight;
    auto poll = m_polls.find(id);
    if (poll != m_polls.end()) {
        poll->inFlight = false;
        poll->delay = std::min(poll->delay * 2, m_timing.maxPoll);
        poll->dueMs = nowMs() + poll->delay.count();
    }
    auto it = m_servers.find(id);
    if (!result && result.error().kind == ApiError::Kind::NotFound && it != m_servers.end()) {
        m_servers.erase(it);
        m_polls.remove(id);
        Q_EMIT serversRemoved({id});
    } else if (it == m_servers.end()) {
        if (result && result->status != u"DELETED") {
            m_servers.insert(id, result.value());
            track(result.value());
            Q_EMIT serversAdded({result.value()});
        } else if (result || result.error().kind == ApiError::Kind::NotFound) {
            m_polls.remove(id);
        }
    } else if (result) {
        if (result->status == u"DELETED") {
            m_servers.erase(it);
            m_polls.remove(id);
            Q_EMIT serversRemoved({id});
        } else {
            track(result.value());
            if (!sameServer(*it, result.value())) {
                *it = result.value();
                Q_EMIT serversChanged({result.value()});
            }
        }
    }
    // Other errors: the backoff above retries; the listing reports lasting trouble.
    scheduleTick();
}

void ServerStore::scheduleTick()
{
    if (!m_active || m_polls.isEmpty() || m_pollTimer.isActive())
        return;
    if (m_polls.size() > m_timing.pollListThreshold) {
        m_pollTimer.start(m_timing.firstPoll);
        return;
    }
    qint64 due = std::numeric_limits<qint64>::max();
    for (const Poll& poll : std::as_const(m_polls)) {
        if (!poll.inFlight)
            due = std::min(due, poll.dueMs);
    }
    if (due != std::numeric_limits<qint64>::max())
        m_pollTimer.start(int(std::max<qint64>(0, due - nowMs())));
}

qint64 ServerStore::nowMs() const
{
    return m_clock.elapsed();
}

} // namespace zenith
