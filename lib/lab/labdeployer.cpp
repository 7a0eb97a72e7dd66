#include "labdeployer.h"

#include "labdeployerprivate.h"
#include "labplanner.h"

#include "compute/getkeypairrequest.h"
#include "compute/listflavorsrequest.h"
#include "image/listimagesrequest.h"
#include "network/listnetworksrequest.h"
#include "network/replaceneutrontagsrequest.h"

#include <memory>

namespace zenith {

namespace {

bool isSettled(LabStepState s)
{
    return s == LabStepState::Done || s == LabStepState::AlreadyThere || s == LabStepState::Skipped;
}

// Discovery comes before any step.
constexpr int kDiscoveryPriority = 1000;

bool isFinal(LabStepState s)
{
    return isSettled(s) || s == LabStepState::Failed || s == LabStepState::Cancelled;
}

} // namespace

LabDeployer::LabDeployer(Session* session, LabTopology topology, const LabSecrets& secrets, QString journalPath,
                         QObject* parent)
    : QObject(parent)
    , d(std::make_unique<LabDeployerPrivate>())
{
    d->q = this;
    d->session = session;
    d->topology = std::move(topology);
    d->secrets = secrets;
    d->steps = LabPlanner::deploySteps(d->topology);
    // Each step's height: the longest chain from it to the end. Steps come in dependency order,
    // so one pass from the end sees every dependent before its dependency.
    for (auto it = d->steps.crbegin(); it != d->steps.crend(); ++it) {
        const int height = d->heights.value(it->id) + 1;
        d->heights.insert(it->id, height);
        for (const QString& dep : it->dependsOn)
            d->heights.insert(dep, std::max(d->heights.value(dep), height));
    }
    d->journal = LabJournal(std::move(journalPath));
    d->journalTimer.setSingleShot(true);
    d->journalTimer.setInterval(LabDeployerPrivate::kJournalDelay);
    connect(&d->journalTimer, &QTimer::timeout, this, [this] { d->flushJournal(); });
}

LabDeployer::~LabDeployer()
{
    if (d->journalTimer.isActive())
        d->flushJournal();
    for (QFuture<void>& wait : d->waits)
        wait.cancel();
}

QList<LabStep> LabDeployer::steps() const
{
    return d->steps;
}

LabStepState LabDeployer::state(const QString& stepId) const
{
    return d->states.value(stepId, LabStepState::Pending);
}

void LabDeployer::start()
{
    if (d->started)
        return;
    d->started = true;
    // An unreadable journal is not fatal: the inventory by tag is the truth.
    (void)d->journal.load();
    d->discover();
}

void LabDeployer::cancel()
{
    if (!d->started || d->finished || d->stopping)
        return;
    d->stopping = true;
    // Polls (a server becoming ACTIVE, a console log) could run for minutes: stop them now.
    const QStringList waiting = d->waits.keys();
    for (const QString& id : waiting) {
        d->waits.take(id).cancel();
        --d->running;
        d->setState(id, LabStepState::Cancelled);
    }
    const QStringList building = d->awaitingActive.keys();
    d->awaitingActive.clear();
    for (const QString& id : building) {
        --d->running;
        d->setState(id, LabStepState::Cancelled);
    }
    d->finishIfIdle();
}

void LabDeployer::setWaitForReadiness(bool wait)
{
    d->waitForReadiness = wait;
}

void LabDeployer::setDnsProvider(DnsProvider* provider)
{
    d->dnsProvider = provider;
}

int LabDeployer::apiCalls() const
{
    return d->apiCalls;
}

LabDeployment LabDeployer::deployment() const
{
    return d->deployment;
}

void LabDeployerPrivate::pump()
{
    while (neutronInFlight < kNeutronSlots && !neutronQueue.isEmpty()) {
        // The highest priority first; among equals, the first asked.
        const auto best =
            std::max_element(neutronQueue.begin(), neutronQueue.end(), [](const Queued& a, const Queued& b) {
                return a.priority < b.priority || (a.priority == b.priority && a.order > b.order);
            });
        std::function<void()> go = std::move(best->send);
        neutronQueue.erase(best);
        ++neutronInFlight;
        go();
    }
}

void LabDeployerPrivate::saveJournal()
{
    if (!journalTimer.isActive())
        journalTimer.start();
}

void LabDeployerPrivate::flushJournal()
{
    journalTimer.stop();
    (void)journal.save();
}

const LabStep* LabDeployerPrivate::step(const QString& id) const
{
    for (const LabStep& s : steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

void LabDeployerPrivate::setState(const QString& stepId, LabStepState state)
{
    states.insert(stepId, state);
    if (state != LabStepState::Running) {
        journal.record(stepId, state, ids.value(stepId));
        saveJournal();
    }
    Q_EMIT q->stepChanged(stepId, state);
}

void LabDeployerPrivate::fail(const QString& stepId, const ApiError& error)
{
    if (states.value(stepId) == LabStepState::Cancelled)
        return; // cancel() already settled it
    --running;
    failed = true;
    stopping = true;
    setState(stepId, LabStepState::Failed);
    Q_EMIT q->stepFailed(stepId, error);
    finishIfIdle();
}

void LabDeployerPrivate::provide(const QString& stepId, const QString& resourceId)
{
    ids.insert(stepId, resourceId);
    deployment.resourceIds.insert(stepId, resourceId);
    journal.record(stepId, LabStepState::Running, resourceId);
    saveJournal();
    schedule();
}

void LabDeployerPrivate::complete(const QString& stepId, LabStepState state, const QString& resourceId)
{
    if (states.value(stepId) == LabStepState::Cancelled)
        return;
    if (!resourceId.isEmpty()) {
        ids.insert(stepId, resourceId);
        deployment.resourceIds.insert(stepId, resourceId);
    }
    --running;
    setState(stepId, state);
    schedule();
    finishIfIdle();
}

bool LabDeployerPrivate::satisfied(const LabStep& s, const QString& dependency) const
{
    if (isSettled(states.value(dependency, LabStepState::Pending)))
        return true;
    // Attaching needs the volume available and the server active, not only their ids.
    return s.kind != LabStepKind::VolumeAttachment && ids.contains(dependency);
}

void LabDeployerPrivate::schedule()
{
    if (stopping)
        return;
    for (const LabStep& s : std::as_const(steps)) {
        // A step may have started meanwhile: a rule taken into its group's bulk create.
        if (!ready(s))
            continue;
        begin(s);
        run(s);
    }
}

void LabDeployerPrivate::finishIfIdle()
{
    if (finished || running > 0)
        return;
    const bool allSettled = std::all_of(steps.cbegin(), steps.cend(), [this](const LabStep& s) {
        return isSettled(states.value(s.id, LabStepState::Pending));
    });
    if (!allSettled && !stopping)
        return; // steps still wait for dependencies that are running
    for (const LabStep& s : std::as_const(steps)) {
        if (!isFinal(states.value(s.id, LabStepState::Pending)))
            setState(s.id, LabStepState::Cancelled);
    }
    finished = true;
    flushJournal();
    Q_EMIT q->finished(allSettled && !failed);
}

// Everything the run needs to know before it creates anything, asked for at once: the lab's
// resources by tag, the ids of the images, flavors and public network, and the key pair.
void LabDeployerPrivate::discover()
{
    auto pending = std::make_shared<int>(1);
    auto error = std::make_shared<std::optional<ApiError>>();
    auto inventory = std::make_shared<LabInventory>();
    const auto one = [this, pending, error, inventory] {
        if (--*pending > 0)
            return;
        if (*error) {
            failed = true;
            stopping = true;
            ++running;
            fail(QStringLiteral("network"), **error); // the first step reports why nothing started
            return;
        }
        applyInventory(*inventory);
        adoptJournaled();
    };
    const auto check = [error](const ApiError& e) {
        if (!*error)
            *error = e;
    };

    ++*pending;
    LabInventory::read(*session, topology, q, [this, inventory, one, check](const Result<LabInventory>& read) {
        if (read) {
            *inventory = read.value();
            apiCalls += read->apiCalls;
        } else {
            check(read.error());
        }
        one();
    });
    QSet<QString> images;
    for (const LabServer& s : topology.servers)
        images.insert(s.machine.image);
    for (const QString& image : std::as_const(images)) {
        ++*pending;
        ListImagesRequest byName;
        byName.name = image;
        send(kDiscoveryPriority, byName, [this, image, one, check](const Result<Page<Image>>& page) {
            if (!page)
                check(page.error());
            else if (page->items.isEmpty())
                check(ApiError::local(ApiError::Kind::NotFound, QStringLiteral("No image named ") + image,
                                      QStringLiteral("image")));
            else
                imageIds.insert(image, page->items.first().id);
            one();
        });
    }
    ++*pending;
    send(kDiscoveryPriority, ListFlavorsRequest{}, [this, one, check](const Result<Page<Flavor>>& page) {
        if (!page)
            check(page.error());
        for (const LabServer& s : topology.servers) {
            for (const Flavor& f : page ? page->items : QList<Flavor>{}) {
                if (f.name == s.machine.flavor || f.id == s.machine.flavor)
                    flavorIds.insert(s.machine.flavor, f.id);
            }
            if (page && !flavorIds.contains(s.machine.flavor))
                check(ApiError::local(ApiError::Kind::NotFound, QStringLiteral("No flavor named ") + s.machine.flavor,
                                      QStringLiteral("compute")));
        }
        one();
    });
    ++*pending;
    ListNetworksRequest external;
    external.name = topology.plan.publicNetwork;
    send(kDiscoveryPriority, external, [this, one, check](const Result<Page<Network>>& page) {
        if (!page)
            check(page.error());
        else if (page->items.isEmpty())
            check(ApiError::local(ApiError::Kind::NotFound,
                                  QStringLiteral("No network named ") + topology.plan.publicNetwork,
                                  QStringLiteral("network")));
        else
            publicNetworkId = page->items.first().id;
        one();
    });
    if (!topology.plan.keypair.isEmpty()) {
        ++*pending;
        send(kDiscoveryPriority, GetKeypairRequest{topology.plan.keypair},
             [one, check](const Result<Keypair>& keypair) {
                 if (!keypair)
                     check(keypair.error());
                 one();
             });
    }
    one();
}

void LabDeployerPrivate::adoptJournaled()
{
    auto pending = std::make_shared<int>(1);
    const auto one = [this, pending] {
        if (--*pending > 0)
            return;
        schedule();
        finishIfIdle();
    };
    const QMap<QString, LabJournalEntry> entries = journal.entries();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const LabStep* s = step(it.key());
        if (!s || it->resourceId.isEmpty() || states.contains(s->id))
            continue;
        QString collection;
        switch (s->kind) {
        case LabStepKind::Network: collection = QStringLiteral("networks"); break;
        case LabStepKind::Subnet: collection = QStringLiteral("subnets"); break;
        case LabStepKind::SecurityGroup: collection = QStringLiteral("security-groups"); break;
        case LabStepKind::Port: collection = QStringLiteral("ports"); break;
        default: continue;
        }
        ++*pending;
        send(kDiscoveryPriority, ReplaceNeutronTagsRequest{collection, it->resourceId, {topology.plan.tag()}},
             [this, one, stepId = s->id, id = it->resourceId](const Result<QStringList>& tagged) {
                 if (tagged) {
                     ids.insert(stepId, id);
                     deployment.resourceIds.insert(stepId, id);
                     setState(stepId, LabStepState::AlreadyThere);
                 }
                 one();
             });
    }
    one();
}

void LabDeployerPrivate::applyInventory(const LabInventory& inventory)
{
    serverStatus = inventory.serverStatus;
    deployment.publicIp = inventory.publicIp;
    for (auto it = inventory.ids.cbegin(); it != inventory.ids.cend(); ++it) {
        // A server found still building is waited for by its step, not taken as it is.
        if (it.key().startsWith(u"server:") && serverStatus.value(it.key().mid(7)) != u"ACTIVE") {
            building.insert(it.key(), it.value());
            continue;
        }
        if (!step(it.key()))
            continue;
        ids.insert(it.key(), it.value());
        deployment.resourceIds.insert(it.key(), it.value());
        if (it.key().startsWith(u"server:"))
            deployment.serverIds.insert(it.key().mid(7), it.value());
        setState(it.key(), LabStepState::AlreadyThere);
    }
}

} // namespace zenith
