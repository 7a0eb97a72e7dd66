#include "labteardown.h"
#include "labteardownprivate.h"

#include "labdatabasesnapshot.h"
#include "labdnsrecords.h"
#include "labinventory.h"
#include "labplanner.h"

#include "cli/openstackcommand.h"
#include "compute/deleteservergrouprequest.h"
#include "compute/deleteserverrequest.h"
#include "compute/detachservervolumerequest.h"
#include "core/session.h"
#include "core/waiter.h"
#include "dns/designateprovider.h"
#include "network/deletenetworkrequest.h"
#include "network/deleteportrequest.h"
#include "network/deletesecuritygrouprequest.h"
#include "network/deletesubnetrequest.h"
#include "volume/deletevolumerequest.h"
#include "volume/deletevolumesnapshotrequest.h"
#include "volume/getvolumerequest.h"
#include "volume/getvolumesnapshotrequest.h"

#include <QHash>
#include <QPointer>
#include <QSet>

namespace zenith {

namespace {

// Which kinds must be gone before a kind can go: what ties resources the plan does not know of
// (a lab shrunk since its deployment) to the rest.
bool mustPrecede(LabStepKind before, LabStepKind after)
{
    switch (after) {
    case LabStepKind::Server: return before == LabStepKind::VolumeAttachment;
    case LabStepKind::Port: return before == LabStepKind::Server;
    case LabStepKind::SecurityGroup: return before == LabStepKind::Port || before == LabStepKind::Server;
    case LabStepKind::Subnet: return before == LabStepKind::Port;
    case LabStepKind::Network: return before == LabStepKind::Subnet || before == LabStepKind::Port;
    default: return false;
    }
}

// A tagged resource no step of the plan names, as a step ("port:lab-web3").
LabStep strayStep(const QString& id)
{
    const QString prefix = id.section(u':', 0, 0);
    const QString name = id.section(u':', 1);
    const auto line = [&name](const QString& what) {
        return OpenstackCommand::join(what.split(u' ') << QStringLiteral("delete") << name);
    };
    if (prefix == u"server")
        return {id, LabStepKind::Server, name, {}, line(QStringLiteral("server"))};
    if (prefix == u"port")
        return {id, LabStepKind::Port, name, {}, line(QStringLiteral("port"))};
    if (prefix == u"group")
        return {id, LabStepKind::SecurityGroup, name, {}, line(QStringLiteral("security group"))};
    if (prefix == u"subnet")
        return {id, LabStepKind::Subnet, name, {}, line(QStringLiteral("subnet"))};
    return {id, LabStepKind::Network, name, {}, line(QStringLiteral("network"))};
}

} // namespace

LabTeardown::LabTeardown(Session* session, LabTopology topology, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<LabTeardownPrivate>())
{
    d->q = this;
    d->session = session;
    d->topology = std::move(topology);
}

LabTeardown::~LabTeardown()
{
    for (QFuture<void>& wait : d->waits)
        wait.cancel();
}

void LabTeardown::setDnsProvider(DnsProvider* provider, const QMap<QString, QString>& recordIds)
{
    d->dnsProvider = provider;
    d->journaledRecords = recordIds;
}

void LabTeardown::start(bool dryRun)
{
    if (d->started)
        return;
    d->started = true;
    d->reads = 2;
    LabInventory::read(
        *d->session, d->topology, this,
        [this, dryRun](const Result<LabInventory>& read) {
            if (read) {
                d->inventory = read.value();
                d->apiCalls += read->apiCalls;
            } else {
                d->readError = read.error();
            }
            d->readDone(dryRun);
        },
        true);
    d->findStack([this, dryRun] { d->readDone(dryRun); });
}

void LabTeardownPrivate::readDone(bool dryRun)
{
    if (--reads > 0)
        return;
    if (readError) {
        finished = true;
        Q_EMIT q->stepFailed(QStringLiteral("network"), *readError);
        Q_EMIT q->finished(false);
        return;
    }
    plan();
    Q_EMIT q->planned(steps);
    if (dryRun || stopping) {
        finished = true;
        Q_EMIT q->finished(!stopping);
        return;
    }
    schedule();
    finishIfIdle();
}

void LabTeardown::cancel()
{
    if (!d->started || d->finished || d->stopping)
        return;
    d->stopping = true;
    const QStringList waiting = d->waits.keys() + d->deleting.keys();
    d->deleting.clear();
    for (const QString& id : waiting) {
        d->waits.take(id).cancel();
        --d->running;
        d->setState(id, LabStepState::Cancelled);
    }
    if (d->stackDeletion && d->stackDeletion->isRunning()) {
        d->stackDeletion->stop(); // what Heat does goes on; we stop following it
        d->stackDeletion->deleteLater();
        --d->running;
        d->setState(QStringLiteral("stack"), LabStepState::Cancelled);
    }
    if (!d->steps.isEmpty() || d->running > 0)
        d->finishIfIdle();
}

int LabTeardown::apiCalls() const
{
    return d->apiCalls;
}

// The plan's teardown steps for what exists, then what carries the tag but no planned name.
void LabTeardownPrivate::plan()
{
    if (topology.plan.dnsProvider == LabDnsProvider::Ovh) {
        for (auto it = journaledRecords.cbegin(); it != journaledRecords.cend(); ++it) {
            if (topology.recordNames.contains(it.key().section(u':', 1)) && !it.value().isEmpty())
                inventory.ids.insert(it.key(), it.value());
        }
    }
    QList<LabStep> existing;
    for (const LabStep& s : LabPlanner::teardownSteps(topology)) {
        if (inventory.ids.contains(s.id))
            existing.append(s);
    }
    QList<LabStep> strays;
    for (auto it = inventory.strays.cbegin(); it != inventory.strays.cend(); ++it)
        strays.append(strayStep(it.key()));
    QList<LabStep> all = existing + strays;
    // Cinder refuses to delete a volume that has snapshots (400 "…must not … have snapshots…").
    for (auto it = inventory.snapshots.cbegin(); it != inventory.snapshots.cend(); ++it) {
        VolumeSnapshot snapshot;
        snapshot.id = it.key();
        snapshot.name = it.value();
        const LabStep step = LabDatabaseSnapshot::teardownStep(snapshot);
        for (LabStep& s : all) {
            if (s.kind == LabStepKind::Volume)
                s.dependsOn.append(step.id);
        }
        all.prepend(step);
    }
    addStackStep(all);
    const auto present = [&all](const QString& id) {
        return std::any_of(all.cbegin(), all.cend(), [&id](const LabStep& s) { return s.id == id; });
    };
    for (LabStep& s : all) {
        s.dependsOn.erase(std::remove_if(s.dependsOn.begin(), s.dependsOn.end(),
                                         [&present](const QString& dep) { return !present(dep); }),
                          s.dependsOn.end());
    }
    // Strays tie to everything of the kinds that must go before them, and the reverse.
    for (const LabStep& stray : std::as_const(strays)) {
        for (LabStep& s : all) {
            if (s.id == stray.id)
                continue;
            if (mustPrecede(stray.kind, s.kind) && !s.dependsOn.contains(stray.id))
                s.dependsOn.append(stray.id);
        }
    }
    for (LabStep& s : all) {
        if (!inventory.strays.contains(s.id))
            continue;
        for (const LabStep& other : std::as_const(all)) {
            if (other.id != s.id && mustPrecede(other.kind, s.kind) && !s.dependsOn.contains(other.id))
                s.dependsOn.append(other.id);
        }
    }
    // In an order where each step follows those it waits for (a stable topological sort).
    steps.clear();
    QSet<QString> placed;
    while (steps.size() < all.size()) {
        const qsizetype before = steps.size();
        for (const LabStep& s : std::as_const(all)) {
            if (placed.contains(s.id))
                continue;
            if (std::all_of(s.dependsOn.cbegin(), s.dependsOn.cend(),
                            [&placed](const QString& dep) { return placed.contains(dep); })) {
                steps.append(s);
                placed.insert(s.id);
            }
        }
        if (steps.size() == before)
            break; // a cycle cannot come from the rules above; never loop forever
    }
}

void LabTeardownPrivate::setState(const QString& id, LabStepState state)
{
    states.insert(id, state);
    Q_EMIT q->stepChanged(id, state);
}

void LabTeardownPrivate::schedule()
{
    if (stopping)
        return;
    for (const LabStep& s : std::as_const(steps)) {
        if (states.value(s.id, LabStepState::Pending) != LabStepState::Pending)
            continue;
        if (!std::all_of(s.dependsOn.cbegin(), s.dependsOn.cend(),
                         [this](const QString& dep) { return states.value(dep) == LabStepState::Done; }))
            continue;
        ++running;
        setState(s.id, LabStepState::Running);
        run(s);
    }
}

void LabTeardownPrivate::settle(const QString& id, const Result<NoContent>& result)
{
    if (states.value(id) == LabStepState::Cancelled)
        return;
    --running;
    // Gone already (deleted by hand, or with its server) is as good as deleted.
    if (result || result.error().kind == ApiError::Kind::NotFound) {
        setState(id, LabStepState::Done);
    } else {
        failed = true;
        setState(id, LabStepState::Failed);
        Q_EMIT q->stepFailed(id, result.error());
    }
    schedule();
    finishIfIdle();
}

void LabTeardownPrivate::finishIfIdle()
{
    if (finished || running > 0)
        return;
    // Steps still pending wait on a failed one (or were never started after cancel()).
    for (const LabStep& s : std::as_const(steps)) {
        const LabStepState state = states.value(s.id, LabStepState::Pending);
        if (state == LabStepState::Pending)
            setState(s.id, LabStepState::Cancelled);
    }
    finished = true;
    Q_EMIT q->finished(!failed && !stopping);
}

void LabTeardownPrivate::removeRecord(const QString& stepId, const QString& recordId)
{
    if (!dnsProvider && topology.plan.dnsProvider == LabDnsProvider::Designate)
        dnsProvider = new DesignateProvider(session, q);
    if (!dnsProvider) {
        return settle(stepId, ApiError::local(ApiError::Kind::Config, QStringLiteral("No OVHcloud credentials"),
                                              QStringLiteral("dns")));
    }
    auto* records = new LabDnsRecords(dnsProvider, topology, q);
    QObject::connect(records, &LabDnsRecords::removed, q, [this, records, stepId] {
        records->deleteLater();
        apiCalls += records->apiCalls();
        settle(stepId, NoContent{});
    });
    QObject::connect(records, &LabDnsRecords::failed, q, [this, records, stepId](const ApiError& error) {
        records->deleteLater();
        apiCalls += records->apiCalls();
        settle(stepId, error);
    });
    records->remove({recordId});
}

void LabTeardownPrivate::run(const LabStep& s)
{
    const QString id = inventory.ids.value(s.id, inventory.strays.value(s.id));
    const auto settleWith = [this, stepId = s.id](const auto& future) {
        whenFinished(future, q, [this, stepId](const auto& result) {
            settle(stepId, result ? Result<NoContent>(NoContent{}) : Result<NoContent>(result.error()));
        });
    };
    switch (s.kind) {
    case LabStepKind::RecordSet: return removeRecord(s.id, id);
    case LabStepKind::VolumeAttachment: {
        const QString volume = inventory.ids.value(QStringLiteral("volume"));
        return deleteThenWait(s, send(DetachServerVolumeRequest{id, volume}), [this, volume] {
            return poll<NoContent, GetVolumeRequest>(
                *session, GetVolumeRequest{volume},
                [this](const Result<Volume>& v) -> std::optional<Result<NoContent>> {
                    ++apiCalls;
                    if (!v)
                        return isTransient(v.error()) ? std::nullopt : std::optional<Result<NoContent>>(v.error());
                    return v->status == u"available" ? std::optional<Result<NoContent>>(NoContent{}) : std::nullopt;
                },
                goneWait());
        });
    }
    case LabStepKind::Server:
        return whenFinished(send(DeleteServerRequest{id}), q, [this, stepId = s.id, id](const Result<NoContent>& r) {
            if (!r || stopping)
                return settle(stepId, r);
            watchGone(stepId, id);
        });
    case LabStepKind::Port: return settleWith(send(DeletePortRequest{id}));
    case LabStepKind::VolumeSnapshot: {
        const QString snapshot = s.id.section(u':', 1);
        return deleteThenWait(s, send(DeleteVolumeSnapshotRequest{snapshot}),
                              [this, snapshot] { return gone(GetVolumeSnapshotRequest{snapshot}); });
    }
    case LabStepKind::Volume:
        return deleteThenWait(s, send(DeleteVolumeRequest{id}), [this, id] { return gone(GetVolumeRequest{id}); });
    case LabStepKind::ServerGroup: return settleWith(send(DeleteServerGroupRequest{id}));
    case LabStepKind::SecurityGroup: return settleWith(send(DeleteSecurityGroupRequest{id}));
    case LabStepKind::Subnet: return settleWith(send(DeleteSubnetRequest{id}));
    case LabStepKind::Network: return settleWith(send(DeleteNetworkRequest{id}));
    case LabStepKind::Stack: return removeStack(s);
    case LabStepKind::SecurityGroupRule:
    case LabStepKind::ServerReady: return settle(s.id, NoContent{});
    }
}

} // namespace zenith
