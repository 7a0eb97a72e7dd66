#pragma once

#include "labdeployment.h"
#include "labsecrets.h"
#include "labtopology.h"

#include "core/apierror.h"
#include "core/result.h"
#include "dns/dnsrecord.h"
#include "orchestration/createstackrequest.h"
#include "orchestration/stack.h"
#include "orchestration/stackevent.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

class QTimer;

namespace zenith {

class DnsProvider;
class Session;

//! "Deploy with Heat": the lab's HOT template (LabHeatTemplate) submitted as the stack
//! "<lab>-stack", then followed: the stack's status and its new events every poll (one stack show
//! and one event list from the last event seen, in parallel) until it is complete or failed. Once
//! complete, the domain's A records are pointed at the stack's public IP through the lab's DNS
//! provider (LabDnsRecords, as LabDeployer does: the template cannot, OVHcloud is no Heat resource),
//! then the servers' readiness is awaited if asked.
//! Deleting finds the stack by name, deletes it and follows it until it is gone.
class LabHeatDeployment final : public QObject
{
    Q_OBJECT

public:
    enum class Action { None, Create, Delete };

    LabHeatDeployment(Session* session, LabTopology topology, QObject* parent = nullptr);
    ~LabHeatDeployment() override;

    //! The lab's stack name: "<lab>-stack".
    static QString stackName(const LabPlan& plan);
    //! The template (its passwords' defaults left empty) with the passwords as parameters, the
    //! lab's tag on the stack, a generous timeout.
    static CreateStackRequest createRequest(const LabTopology& topology, const LabSecrets& secrets);
    //! The parameters whose values are secrets (shown as placeholders, never logged).
    static QStringList secretParameters();
    //! The lab's stack unless deleted (one list by name). A cloud without Heat has none: not an error.
    static QFuture<Result<std::optional<Stack>>> findStack(Session& session, const LabPlan& plan);

    //! Milliseconds between polls (2000 by default).
    void setPollInterval(int ms);
    //! After CREATE_COMPLETE, also wait for each server's ready marker in its console (Heat's
    //! "complete" means the servers run, not that their software is set up). Off by default.
    void setWaitForReadiness(bool wait) { m_waitForReadiness = wait; }
    //! The provider of the lab's records (OVHcloud's, with its keys); without one a Designate plan
    //! gets the cloud's Designate.
    void setDnsProvider(DnsProvider* provider);
    //! The lab's journal (LabJournal), where the records' ids go: OVHcloud's records carry no tag,
    //! the teardown deletes the ids it finds there. None by default.
    void setJournalPath(const QString& path) { m_journalPath = path; }
    //! Servers whose console showed their ready marker.
    int readyCount() const { return int(m_ready.size()); }
    //! The stack was complete and the domain's records could not be set (the last creation).
    bool recordsFailed() const { return m_recordsFailed; }
    //! True between CREATE_COMPLETE and the last ready marker.
    bool isWaitingForReadiness() const { return m_readiness; }

    //! Submits the stack and follows its creation.
    void create(const LabSecrets& secrets);
    //! Finds the lab's stack and deletes it, following it until it is gone (finished(true) at
    //! once when there is no stack).
    void remove();
    //! Deletes `stack`, found already (no second lookup), following it until it is gone.
    void remove(const Stack& stack);
    //! Stops following (what Heat does goes on).
    void stop();

    Action action() const { return m_action; }
    bool isRunning() const { return m_running; }
    //! The stack as last seen.
    std::optional<Stack> stack() const { return m_stack; }
    //! Every event seen, oldest first.
    QList<StackEvent> events() const { return m_events; }
    //! The first resource event that failed, if any (the failing resource and Heat's reason).
    std::optional<StackEvent> failure() const;
    int apiCalls() const { return m_calls; }
    //! What the stack made, as a deployment with the engine's step ids ("port:db" → port id), from
    //! the events' physical ids and the stack's public_ip output.
    LabDeployment deployment() const;
    //! How many resources the template has, and how many the events say are created.
    int resourceCount() const;
    int createdCount() const;

Q_SIGNALS:
    void stackChanged(const zenith::Stack& stack);
    //! New events, oldest first.
    void eventsArrived(const QList<zenith::StackEvent>& events);
    //! The domain's A records point at the stack's public IP (after CREATE_COMPLETE, with a domain).
    void recordsEnsured(const QList<zenith::DnsRecord>& records);
    //! A server's ready marker appeared (while waiting for readiness).
    void readinessChanged(int ready, int total);
    //! The action ended: created (CREATE_COMPLETE) or gone; otherwise `error` says why (a refused
    //! request, or the stack's *_FAILED reason as a Server error).
    void finished(bool succeeded, const std::optional<zenith::ApiError>& error);

private:
    //! Stops what ran, then starts `action`; false without a session.
    bool begin(Action action);
    void follow();
    void poll();
    void pollDone();
    void finish(bool succeeded, const std::optional<ApiError>& error);
    void deleteFound(const Stack& stack);
    //! After CREATE_COMPLETE: the records, then readiness or the end.
    void ensureRecords();
    void awaitReadiness();
    void pollReadiness();

    QPointer<Session> m_session;
    LabTopology m_topology;
    QTimer* m_timer;
    int m_interval = 2000;
    Action m_action = Action::None;
    bool m_running = false;
    int m_generation = 0; //!< answers of an earlier action are dropped
    int m_pending = 0;
    int m_calls = 0;
    std::optional<Stack> m_stack;
    std::optional<ApiError> m_pollError;
    bool m_stackGone = false;
    QList<StackEvent> m_events;
    QString m_stackName;
    QString m_stackId;
    bool m_waitForReadiness = false;
    bool m_readiness = false;
    QSet<QString> m_ready; //!< server keys
    QString m_readinessFailure;
    QPointer<DnsProvider> m_dnsProvider;
    QString m_journalPath;
    bool m_recordsFailed = false;
};

} // namespace zenith
