#pragma once

#include "labdeployer.h"
#include "labinventory.h"
#include "labjournal.h"
#include "labsecrets.h"

#include "compute/listserversummariesrequest.h"
#include "core/session.h"
#include "core/whenfinished.h"
#include "dns/dnsprovider.h"
#include "network/createsecuritygrouprulerequest.h"

#include <QDeadlineTimer>
#include <QFuture>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <type_traits>

namespace zenith {

//! The deployer's state and its step runners (labdeployer.cpp schedules, labdeploysteps.cpp creates).
class LabDeployerPrivate
{
public:
    LabDeployer* q = nullptr;
    Session* session = nullptr;
    LabTopology topology;
    LabSecrets secrets;
    QList<LabStep> steps;
    QHash<QString, LabStepState> states;
    //! Resource ids known so far; a Neutron resource is usable by its dependents once created,
    //! before its tag is set.
    QHash<QString, QString> ids;
    LabDeployment deployment;
    LabJournal journal;
    //! Coalesces journal writes: a burst of steps ending together costs one write, not one each.
    QTimer journalTimer;
    // What the steps need that the plan holds by name.
    QHash<QString, QString> imageIds;  //!< image name → id
    QHash<QString, QString> flavorIds; //!< flavor name → id
    QString publicNetworkId;
    QMap<QString, QString> serverStatus;    //!< of servers found at start
    QHash<QString, QString> building;       //!< step id → id of a server found but not yet ACTIVE
    QHash<QString, QFuture<void>> waits;    //!< running polls, cancelled by cancel()
    QHash<QString, QString> awaitingActive; //!< step id → id of a server not ACTIVE yet
    bool watching = false;
    std::chrono::milliseconds watchDelay{0};
    QDeadlineTimer watchDeadline;
    QHash<QString, int> heights; //!< step id → longest chain from it to the end, in steps
    struct Queued
    {
        int priority = 0;
        qint64 order = 0;
        std::function<void()> send;
    };
    static constexpr int kNeutronSlots = 4;
    QList<Queued> neutronQueue;
    qint64 queued = 0;
    int neutronInFlight = 0;
    bool waitForReadiness = true;
    QPointer<DnsProvider> dnsProvider; //!< set by setDnsProvider(), else made for a Designate plan
    bool started = false;
    bool stopping = false;
    bool failed = false;
    bool finished = false;
    int running = 0;
    int apiCalls = 0;
    //! Group key → ids of its rule steps whose bulk create still waits for a Neutron slot: a rule
    //! step that starts meanwhile joins that call instead of making its own.
    QHash<QString, QStringList> ruleBatches;

    const LabStep* step(const QString& id) const;
    //! Writes the journal within kJournalDelay (best effort: a full disk must not stop the lab).
    //! A crash loses at most that much; the inventory by tag recovers the rest.
    void saveJournal();
    void flushJournal();
    static constexpr std::chrono::milliseconds kJournalDelay{250};
    void setState(const QString& stepId, LabStepState state);
    void fail(const QString& stepId, const ApiError& error);
    //! The step's resource exists: dependents may start.
    void provide(const QString& stepId, const QString& resourceId);
    //! The step ended well (Done, AlreadyThere or Skipped), with the id of its resource if it has one.
    void complete(const QString& stepId, LabStepState state = LabStepState::Done, const QString& resourceId = {});
    bool satisfied(const LabStep& step, const QString& dependency) const;
    //! Pending, and every dependency satisfied: the step may start now.
    bool ready(const LabStep& step) const
    {
        return states.value(step.id, LabStepState::Pending) == LabStepState::Pending &&
               std::all_of(step.dependsOn.cbegin(), step.dependsOn.cend(),
                           [this, &step](const QString& dep) { return satisfied(step, dep); });
    }
    //! The step starts: Running, counted in `running`.
    void begin(const LabStep& step)
    {
        ++running;
        setState(step.id, LabStepState::Running);
    }
    void schedule();
    void finishIfIdle();

    //! Reconcile: the inventory, names resolved to ids, then steps marked AlreadyThere.
    void discover();
    void applyInventory(const LabInventory& inventory);
    //! A run stopped between a create and its tag leaves a Neutron resource only the journal
    //! knows: tagging it by its journaled id adopts it (a 404 means it is gone: create it again).
    void adoptJournaled();

    void run(const LabStep& step);
    void runNetwork(const LabStep& step);
    void runSubnet(const LabStep& step);
    void runGroup(const LabStep& step);
    //! A rule step with its group's other rule steps that can start: one bulk create per group
    //! (labdeployrules.cpp); the steps stay one per rule, each completed with its rule's id.
    void runRule(const LabStep& step);
    void runRules(const QString& groupKey, const QStringList& stepIds, const Result<QList<SecurityGroupRule>>& created);
    //! One create for one rule: a 409 means the rule exists (AlreadyThere).
    void createRule(const LabStep& step);
    //! The create of a rule step; nullopt when the topology has no such rule.
    std::optional<CreateSecurityGroupRuleRequest> ruleRequest(const LabStep& step) const;
    void runPort(const LabStep& step);
    void runServerGroup(const LabStep& step);
    void runVolume(const LabStep& step);
    void runServer(const LabStep& step);
    void waitActive(const LabStep& step, const QString& serverId);
    //! One round of cheap lists (servers by the lab's tag) for every server still building,
    //! rather than one GET per server.
    void watchServers();
    ListServerSummariesRequest labServersIn(const QString& status) const;
    //! The (step id, server id) of the listed servers that steps were waiting for, no longer awaited.
    QList<std::pair<QString, QString>> takeAwaited(const Result<Page<ServerSummary>>& page);
    //! False when the list failed for good: the servers still building then fail with it.
    bool watchReplied(const Result<Page<ServerSummary>>& page);
    void failAwaited(const ApiError& error);
    //! The next round, a little later than the last one; or the servers still building time out.
    void scheduleWatch();
    //! Fails a server's step with the fault Nova recorded for it.
    void explainFailedServer(const QString& stepId, const QString& serverId);
    void runReady(const LabStep& step);
    void runAttach(const LabStep& step);
    void runRecord(const LabStep& step);
    //! Tags a Neutron resource just created, then completes its step.
    void tag(const LabStep& step, const QString& collection, const QString& id);

    //! Sends one request of this run (counted in apiCalls) and hands its result to `then` on the
    //! deployer. Neutron calls wait in a queue for one of kNeutronSlots, highest `priority` first
    //! (a step's height in the graph): the critical path (network, subnet, ports) is never stuck
    //! behind rules and tags, which QNetworkAccessManager's six connections per host would serve
    //! first come, first served.
    template <ApiRequest R, typename Then> void send(int priority, const R& request, Then&& then)
    {
        sendMade(
            priority, request.spec().service, [request] { return request; }, std::forward<Then>(then));
    }
    //! As send(), but the request is made by `make` when it leaves the queue: a call still waiting
    //! for its slot can take in more work (the rules of a group that became ready meanwhile).
    template <typename Make, typename Then> void sendMade(int priority, ServiceType service, Make&& make, Then&& then)
    {
        using R = std::invoke_result_t<Make&>;
        const bool limited = service == ServiceType::Network;
        auto go = [this, limited, make = std::forward<Make>(make), then = std::forward<Then>(then)]() mutable {
            ++apiCalls;
            whenFinished(session->send(make()), q,
                         [this, limited, then = std::move(then)](const Result<typename R::Response>& result) mutable {
                             if (limited)
                                 --neutronInFlight;
                             then(result);
                             if (limited)
                                 pump();
                         });
        };
        if (!limited)
            return go();
        neutronQueue.append({priority, ++queued, std::move(go)});
        pump();
    }
    //! Sends queued Neutron calls while slots are free.
    void pump();

    //! Keeps a poll cancellable under the step's id; `then` runs with its result.
    template <typename T, typename Then> void track(const QString& stepId, QFuture<T> future, Then&& then)
    {
        waits.insert(stepId, QFuture<void>(future));
        whenFinished(future, q, [this, stepId, then = std::forward<Then>(then)](const T& result) mutable {
            waits.remove(stepId);
            then(result);
        });
    }
};

} // namespace zenith
