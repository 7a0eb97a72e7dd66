#pragma once
// LabTeardown's state, shared by its files (labteardown.cpp, labteardownstack.cpp).
#include "labinventory.h"
#include "labstep.h"
#include "labteardown.h"
#include "labtopology.h"

#include "core/maybegone.h"
#include "core/session.h"
#include "core/waiter.h"
#include "dns/dnsprovider.h"
#include "lab/labheatdeployment.h"
#include "orchestration/stack.h"

#include <QDeadlineTimer>
#include <QFuture>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QSet>

#include <chrono>
#include <functional>
#include <optional>

namespace zenith {

//! How a deleted resource is watched until it is gone.
inline WaitOptions goneWait()
{
    using namespace std::chrono_literals;
    return {.firstDelay = 300ms, .growth = 1.5, .maxDelay = 2s, .timeout = 10min};
}

class LabTeardownPrivate
{
public:
    LabTeardown* q = nullptr;
    Session* session = nullptr;
    LabTopology topology;
    LabInventory inventory;
    QList<LabStep> steps;
    QHash<QString, LabStepState> states;
    QHash<QString, QFuture<void>> waits;
    QHash<QString, QString> deleting; //!< step id → id of a server being deleted
    bool polling = false;
    QPointer<DnsProvider> dnsProvider;
    QMap<QString, QString> journaledRecords; //!< record step id → record id (OVHcloud: no tag to find them by)
    std::chrono::milliseconds pollDelay{0};
    QDeadlineTimer pollDeadline;
    //! The lab's Heat stack ("<lab>-stack"), when it was deployed with Heat, and the ids of what
    //! the stack created (its events' physical resource ids): Heat deletes those itself.
    std::optional<Stack> stack;
    QSet<QString> stackOwned;
    QPointer<LabHeatDeployment> stackDeletion;
    int reads = 0; //!< the inventory and the stack lookup, read in parallel
    std::optional<ApiError> readError;
    bool started = false;
    bool stopping = false;
    bool failed = false;
    bool finished = false;
    int running = 0;
    int apiCalls = 0;

    void readDone(bool dryRun);
    void plan();
    //! Looks for the lab's stack and what it owns (labteardownstack.cpp).
    void findStack(std::function<void()> done);
    //! The stack as one step in place of what it owns: after the records, snapshots, attachments
    //! and servers it does not own, before the rest.
    void addStackStep(QList<LabStep>& all) const;
    void removeStack(const LabStep& step);
    void schedule();
    void run(const LabStep& step);
    void setState(const QString& id, LabStepState state);
    void settle(const QString& id, const Result<NoContent>& result);
    void finishIfIdle();
    //! Waits until a deleted server is gone: one list of the lab's servers per round for all of them.
    void watchGone(const QString& stepId, const QString& serverId);
    void pollServers();
    //! Through the DNS provider, as the deployer created it (LabDnsRecords): deleted, then published.
    void removeRecord(const QString& stepId, const QString& recordId);
    void deleteThenWait(const LabStep& step, const QFuture<Result<NoContent>>& deleted,
                        std::function<QFuture<Result<NoContent>>()> wait);

    template <ApiRequest R> QFuture<Result<typename R::Response>> send(const R& request)
    {
        ++apiCalls;
        return session->send(request);
    }
    template <ApiRequest R> QFuture<Result<NoContent>> gone(const R& request)
    {
        // Each poll is one call; count them as the settle function sees them.
        using Resp = typename R::Response;
        return poll<NoContent, MayBeGone<R>>(
            *session, MayBeGone<R>{request},
            [this](const Result<Resp>& reply) -> std::optional<Result<NoContent>> {
                ++apiCalls;
                if (reply)
                    return std::nullopt;
                if (reply.error().kind == ApiError::Kind::NotFound)
                    return Result<NoContent>(NoContent{});
                return isTransient(reply.error()) ? std::nullopt : std::optional<Result<NoContent>>(reply.error());
            },
            goneWait());
    }
};

} // namespace zenith
