#include "labheatdeployment.h"

#include "labheattemplate.h"
#include "labuserdata.h"

#include "compute/getserverconsoleoutputrequest.h"
#include "core/maybegone.h"
#include "core/session.h"
#include "core/whenfinished.h"
#include "orchestration/deletestackrequest.h"
#include "orchestration/getstackrequest.h"
#include "orchestration/liststackeventsrequest.h"
#include "orchestration/liststacksrequest.h"

#include <QSet>
#include <QTimer>

namespace zenith {

namespace {

constexpr int kEventPage = 100;
// The lab's servers wait for each other (the database before the web servers): an hour is ample.
constexpr int kTimeoutMinutes = 60;

} // namespace

LabHeatDeployment::LabHeatDeployment(Session* session, LabTopology topology, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_topology(std::move(topology))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { m_readiness ? pollReadiness() : poll(); });
    m_stackName = stackName(m_topology.plan);
}

LabHeatDeployment::~LabHeatDeployment() = default;

QString LabHeatDeployment::stackName(const LabPlan& plan)
{
    return plan.name + QStringLiteral("-stack");
}

QStringList LabHeatDeployment::secretParameters()
{
    return {QStringLiteral("database_password"), QStringLiteral("database_root_password")};
}

CreateStackRequest LabHeatDeployment::createRequest(const LabTopology& topology, const LabSecrets& secrets)
{
    CreateStackRequest request;
    request.name = stackName(topology.plan);
    // The passwords travel as parameters, not as defaults written into the stored template.
    request.templateText = LabHeatTemplate::render(topology, LabSecrets{});
    request.parameters.insert(QStringLiteral("database_password"), secrets.databasePassword);
    request.parameters.insert(QStringLiteral("database_root_password"), secrets.databaseRootPassword);
    request.tags = {topology.plan.tag()};
    request.timeoutMins = kTimeoutMinutes;
    return request;
}

void LabHeatDeployment::setPollInterval(int ms)
{
    m_interval = ms;
}

void LabHeatDeployment::stop()
{
    ++m_generation;
    m_timer->stop();
    m_running = false;
    m_readiness = false;
}

std::optional<StackEvent> LabHeatDeployment::failure() const
{
    for (const StackEvent& e : m_events) {
        if (e.isFailed() && e.resourceName != m_stackName)
            return e;
    }
    return std::nullopt;
}

namespace {

// The template's resource names (LabHeatTemplate writes "-" as "_").
QString resourceKey(const QString& prefix, const QString& key)
{
    QString out = prefix + key;
    out.replace(u'-', u'_');
    return out;
}

} // namespace

int LabHeatDeployment::resourceCount() const
{
    // network, subnet, server group, volume and its attachment, then the groups, ports and servers.
    return 5 + int(m_topology.securityGroups.size() + m_topology.ports.size() + m_topology.servers.size());
}

int LabHeatDeployment::createdCount() const
{
    QSet<QString> created;
    for (const StackEvent& e : m_events) {
        if (e.resourceStatus == u"CREATE_COMPLETE" && e.resourceName != m_stackName)
            created.insert(e.resourceName);
    }
    return int(created.size());
}

LabDeployment LabHeatDeployment::deployment() const
{
    QMap<QString, QString> physical; // template resource → id, once complete
    for (const StackEvent& e : m_events) {
        if (e.resourceStatus == u"CREATE_COMPLETE")
            physical.insert(e.resourceName, e.physicalResourceId);
    }
    LabDeployment d;
    const auto add = [&](const QString& stepId, const QString& resource) {
        if (physical.contains(resource))
            d.resourceIds.insert(stepId, physical.value(resource));
    };
    add(QStringLiteral("network"), QStringLiteral("net"));
    add(QStringLiteral("subnet"), QStringLiteral("subnet"));
    add(QStringLiteral("server-group"), QStringLiteral("server_group"));
    add(QStringLiteral("volume"), QStringLiteral("db_volume"));
    for (const LabSecurityGroup& g : m_topology.securityGroups)
        add(QStringLiteral("group:") + g.key, resourceKey(QStringLiteral("sg_"), g.key));
    for (const LabPort& p : m_topology.ports)
        add(QStringLiteral("port:") + p.key, resourceKey(QStringLiteral("port_"), p.key));
    for (const LabServer& s : m_topology.servers) {
        const QString resource = resourceKey(QStringLiteral("server_"), s.key);
        add(QStringLiteral("server:") + s.key, resource);
        if (physical.contains(resource))
            d.serverIds.insert(s.key, physical.value(resource));
    }
    if (m_stack) {
        for (const StackOutput& output : m_stack->outputs) {
            if (output.key == u"public_ip")
                d.publicIp = output.value.toString();
        }
    }
    return d;
}

bool LabHeatDeployment::begin(Action action)
{
    if (!m_session)
        return false;
    stop();
    m_action = action;
    m_running = true;
    return true;
}

void LabHeatDeployment::create(const LabSecrets& secrets)
{
    if (!begin(Action::Create))
        return;
    m_stack.reset();
    m_events.clear();
    m_readinessFailure.clear();
    m_recordsFailed = false;
    const int generation = m_generation;
    ++m_calls;
    whenFinished(m_session->send(createRequest(m_topology, secrets)), this,
                 [this, generation](const Result<CreatedStack>& created) {
                     if (generation != m_generation)
                         return;
                     if (!created)
                         return finish(false, created.error());
                     m_stackId = created->id;
                     follow();
                 });
}

QFuture<Result<std::optional<Stack>>> LabHeatDeployment::findStack(Session& session, const LabPlan& plan)
{
    ListStacksRequest request;
    request.name = stackName(plan);
    return session.send(request).then(
        [name = *request.name](const Result<Page<Stack>>& found) -> Result<std::optional<Stack>> {
            if (!found) {
                const ApiError::Kind kind = found.error().kind;
                if (kind == ApiError::Kind::Unsupported || kind == ApiError::Kind::NotFound)
                    return std::optional<Stack>();
                return found.error();
            }
            // Heat lists a stack DELETE_COMPLETE for a moment before it hides it.
            for (const Stack& stack : found->items) {
                if (stack.name == name && stack.status != u"DELETE_COMPLETE")
                    return std::optional<Stack>(stack);
            }
            return std::optional<Stack>();
        });
}

void LabHeatDeployment::remove()
{
    if (!begin(Action::Delete))
        return;
    const int generation = m_generation;
    ++m_calls;
    whenFinished(findStack(*m_session, m_topology.plan), this,
                 [this, generation](const Result<std::optional<Stack>>& found) {
                     if (generation != m_generation)
                         return;
                     if (!found)
                         return finish(false, found.error());
                     if (!*found)
                         return finish(true, std::nullopt);
                     deleteFound(**found);
                 });
}

void LabHeatDeployment::remove(const Stack& stack)
{
    if (begin(Action::Delete))
        deleteFound(stack);
}

void LabHeatDeployment::deleteFound(const Stack& stack)
{
    m_stackId = stack.id;
    m_stack = stack;
    Q_EMIT stackChanged(stack);
    const int generation = m_generation;
    ++m_calls;
    whenFinished(m_session->send(DeleteStackRequest{m_stackName, m_stackId}), this,
                 [this, generation](const Result<NoContent>& deleted) {
                     if (generation != m_generation)
                         return;
                     if (!deleted && deleted.error().kind != ApiError::Kind::NotFound)
                         return finish(false, deleted.error());
                     follow();
                 });
}

void LabHeatDeployment::follow()
{
    m_timer->start(0);
}

void LabHeatDeployment::poll()
{
    if (!m_session)
        return finish(false, ApiError::local(ApiError::Kind::Cancelled, QStringLiteral("signed out")));
    const int generation = m_generation;
    m_pending = 2;
    m_pollError.reset();
    m_stackGone = false;
    m_calls += 2;
    whenFinished(m_session->send(MayBeGone<GetStackRequest>{{m_stackName, m_stackId}}), this,
                 [this, generation](const Result<Stack>& stack) {
                     if (generation != m_generation)
                         return;
                     if (stack) {
                         m_stack = *stack;
                         Q_EMIT stackChanged(*stack);
                     } else if (stack.error().kind == ApiError::Kind::NotFound) {
                         m_stackGone = true;
                     } else {
                         m_pollError = stack.error();
                     }
                     pollDone();
                 });
    ListStackEventsRequest events;
    events.stackName = m_stackName;
    events.stackId = m_stackId;
    events.sortDir = QStringLiteral("asc");
    events.limit = kEventPage;
    if (!m_events.isEmpty())
        events.marker = m_events.constLast().id;
    whenFinished(m_session->send(events), this, [this, generation](const Result<Page<StackEvent>>& page) {
        if (generation != m_generation)
            return;
        if (page && !page->items.isEmpty()) {
            m_events += page->items;
            Q_EMIT eventsArrived(page->items);
        }
        // A deleted stack's events may be gone with it: only the stack's own answer counts then.
        pollDone();
    });
}

void LabHeatDeployment::pollDone()
{
    if (--m_pending > 0)
        return;
    if (m_pollError)
        return finish(false, m_pollError);
    if (m_action == Action::Delete && (m_stackGone || (m_stack && m_stack->status == u"DELETE_COMPLETE")))
        return finish(true, std::nullopt);
    if (m_stackGone)
        return finish(false, ApiError::local(ApiError::Kind::NotFound, QStringLiteral("The stack is gone.")));
    if (m_stack && m_stack->isFailed()) {
        ApiError error = ApiError::local(ApiError::Kind::Server, m_stack->statusReason);
        error.service = QStringLiteral("orchestration");
        return finish(false, error);
    }
    if (m_action == Action::Create && m_stack && m_stack->status == u"CREATE_COMPLETE")
        return ensureRecords();
    m_timer->start(m_interval);
}

void LabHeatDeployment::awaitReadiness()
{
    if (!m_waitForReadiness)
        return finish(true, std::nullopt);
    m_readiness = true;
    m_ready.clear();
    Q_EMIT readinessChanged(0, int(m_topology.servers.size()));
    m_timer->start(0);
}

// One console tail per server not ready yet, in parallel: what LabDeployer's ServerReady steps read.
void LabHeatDeployment::pollReadiness()
{
    const LabDeployment made = deployment();
    const int generation = m_generation;
    m_pending = 0;
    for (const LabServer& server : m_topology.servers) {
        if (m_ready.contains(server.key))
            continue;
        ++m_pending;
        ++m_calls;
        whenFinished(m_session->send(GetServerConsoleOutputRequest{made.serverIds.value(server.key), 200}), this,
                     [this, generation, server](const Result<QString>& console) {
                         if (generation != m_generation)
                             return;
                         if (console && console->contains(LabUserData::readyMarker(server))) {
                             m_ready.insert(server.key);
                             Q_EMIT readinessChanged(int(m_ready.size()), int(m_topology.servers.size()));
                         } else if (console && console->contains(LabUserData::failureMarkerPrefix(server))) {
                             const qsizetype at = console->indexOf(LabUserData::failureMarkerPrefix(server));
                             m_readinessFailure = console->mid(at).section(u'\n', 0, 0).trimmed();
                         }
                         if (--m_pending > 0)
                             return;
                         if (!m_readinessFailure.isEmpty())
                             return finish(false, ApiError::local(ApiError::Kind::Server, m_readinessFailure));
                         if (m_ready.size() == m_topology.servers.size())
                             return finish(true, std::nullopt);
                         m_timer->start(m_interval);
                     });
    }
}

void LabHeatDeployment::finish(bool succeeded, const std::optional<ApiError>& error)
{
    m_readiness = false;
    m_running = false;
    m_timer->stop();
    Q_EMIT finished(succeeded, error);
}

} // namespace zenith
