#pragma once

#include "compute/server.h"
#include "core/apierror.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace zenith {

class Session;

//! The project's servers as the Instances pane sees them: lists servers/detail page by page,
//! then keeps the rows live. Servers in a transitional state are polled one by one with backoff
//! until stable; stable ones are refreshed rarely through changes-since. Emits diffs only.
class ServerStore final : public QObject
{
    Q_OBJECT

public:
    //! How often things are refreshed; tests shorten them.
    struct Timing
    {
        std::chrono::milliseconds stableRefresh{30000}; //!< changes-since listing of every server
        std::chrono::milliseconds firstPoll{1000};      //!< first poll of a transitional server
        std::chrono::milliseconds maxPoll{15000};       //!< the backoff's ceiling
        int pageSize = 1000;                            //!< servers per listing page
        int firstPageSize = 100;    //!< the first load's first page: the first rows show before the big pages
        int maxPollsInFlight = 6;   //!< GETs at a time (Session's connection count)
        int pollListThreshold = 30; //!< above this many transitional servers, poll with one listing instead
        //! Every n-th refresh lists everything: changes-since misses servers a cloud purges at once.
        int fullRefreshEvery = 10;
    };

    explicit ServerStore(QObject* parent = nullptr);
    ~ServerStore() override;

    //! The session to follow (nullptr: none). Drops every server (serversRemoved) and every request.
    void setSession(Session* session);
    Session* session() const;
    void setTiming(const Timing& timing);

    //! Loads (the first time) and keeps refreshing; call when the servers become visible.
    void start();
    //! Stops refreshing until start(); requests under way still land.
    void pause();
    bool isActive() const;
    //! True while the first listing runs.
    bool isLoading() const;
    //! True once a complete listing arrived for this session.
    bool isLoaded() const;

    //! The servers known now, in no particular order.
    QList<Server> servers() const;
    //! One server by id (nullptr if unknown); valid until the next signal.
    const Server* server(const QString& id) const;
    //! Polls one server soon, e.g. right after an action was sent to it; an unknown id (a server
    //! just created) is added when its first poll answers.
    void watch(const QString& id);

    //! True for BUILD, REBOOT, HARD_REBOOT, RESIZE, MIGRATING... or any task state set;
    //! VERIFY_RESIZE waits for the user, so it counts as stable.
    static bool isTransitional(const Server& server);

Q_SIGNALS:
    //! New servers (a listing page, a changes-since refresh).
    void serversAdded(const QList<zenith::Server>& servers);
    //! Known servers whose fields changed.
    void serversChanged(const QList<zenith::Server>& servers);
    //! Servers gone (deleted, or the session changed).
    void serversRemoved(const QStringList& ids);
    //! The first listing (or a full refresh) is complete.
    void loadingFinished();
    //! A listing failed; polling of single servers reports nothing (it retries).
    void failed(const zenith::ApiError& error);

private:
    struct Poll
    {
        std::chrono::milliseconds delay{0};
        qint64 dueMs = 0;
        bool inFlight = false;
    };

    void list(bool full);
    void applyPage(const QList<Server>& page, bool full, QSet<QString>* seen);
    void finishListing(bool full, const QSet<QString>& seen, const QDateTime& startedAt);
    void track(const Server& server);
    void pollDue();
    void pollOne(const QString& id);
    void landPoll(const QString& id, quint64 generation, const Result<Server>& result);
    void scheduleTick();
    qint64 nowMs() const;

    QPointer<Session> m_session;
    Timing m_timing;
    QHash<QString, Server> m_servers;
    QHash<QString, Poll> m_polls;
    QTimer m_refreshTimer;
    QTimer m_pollTimer;
    QElapsedTimer m_clock;
    QDateTime m_lastSync; //!< when the last successful listing started (changes-since origin)
    quint64 m_generation = 0;
    bool m_active = false;
    bool m_loading = false;
    bool m_listing = false;
    bool m_loaded = false;
    int m_pollsInFlight = 0;
    int m_refreshes = 0;
};

} // namespace zenith
