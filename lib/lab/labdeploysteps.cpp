// The deployer's step runners: one create (and its wait, and its tag) per step kind (the rules'
// runner is in labdeployrules.cpp).
#include "labdeployerprivate.h"
#include "labdnsrecords.h"
#include "labuserdata.h"

#include "compute/attachservervolumerequest.h"
#include "compute/createservergrouprequest.h"
#include "compute/createserverrequest.h"
#include "compute/getserverconsoleoutputrequest.h"
#include "compute/getserverrequest.h"
#include "compute/listserversummariesrequest.h"
#include "core/waiter.h"
#include "dns/designateprovider.h"
#include "network/createnetworkrequest.h"
#include "network/createportrequest.h"
#include "network/createsecuritygrouprequest.h"
#include "network/createsubnetrequest.h"
#include "network/replaceneutrontagsrequest.h"
#include "volume/createvolumerequest.h"
#include "volume/getvolumerequest.h"

using namespace std::chrono_literals;

namespace zenith {

namespace {

// The fake and real drivers both settle in seconds; a real cloud's boot takes a minute or two,
// cloud-init's packages several more. One server list serves every server building, so polling
// it each second costs little and sees the last one ACTIVE sooner.
WaitOptions activeWait()
{
    return {.firstDelay = 300ms, .growth = 1.5, .maxDelay = 1s, .timeout = 15min};
}

WaitOptions volumeWait()
{
    return {.firstDelay = 200ms, .growth = 1.5, .maxDelay = 2s, .timeout = 10min};
}

WaitOptions readyWait()
{
    return {.firstDelay = 2s, .growth = 1.5, .maxDelay = 15s, .timeout = 45min};
}

QString keyOf(const LabStep& step, const QString& prefix)
{
    return step.id.mid(prefix.size());
}

} // namespace

void LabDeployerPrivate::run(const LabStep& s)
{
    switch (s.kind) {
    case LabStepKind::Network: return runNetwork(s);
    case LabStepKind::Subnet: return runSubnet(s);
    case LabStepKind::SecurityGroup: return runGroup(s);
    case LabStepKind::SecurityGroupRule: return runRule(s);
    case LabStepKind::Port: return runPort(s);
    case LabStepKind::ServerGroup: return runServerGroup(s);
    case LabStepKind::Volume: return runVolume(s);
    case LabStepKind::Server: return runServer(s);
    case LabStepKind::ServerReady: return runReady(s);
    case LabStepKind::VolumeAttachment: return runAttach(s);
    case LabStepKind::RecordSet: return runRecord(s);
    case LabStepKind::VolumeSnapshot: return; // snapshots are taken on demand, never deployed
    case LabStepKind::Stack: return;          // LabHeatDeployment creates stacks
    }
}

void LabDeployerPrivate::tag(const LabStep& s, const QString& collection, const QString& id)
{
    provide(s.id, id);
    send(0, ReplaceNeutronTagsRequest{collection, id, {topology.plan.tag()}},
         [this, stepId = s.id](const Result<QStringList>& tags) {
             if (!tags)
                 return fail(stepId, tags.error());
             complete(stepId);
         });
}

void LabDeployerPrivate::runNetwork(const LabStep& s)
{
    CreateNetworkRequest create;
    create.name = topology.networkName;
    create.description = topology.plan.tag();
    send(heights.value(s.id), create, [this, s](const Result<Network>& network) {
        if (!network)
            return fail(s.id, network.error());
        tag(s, QStringLiteral("networks"), network->id);
    });
}

void LabDeployerPrivate::runSubnet(const LabStep& s)
{
    const LabAddresses& a = topology.addresses;
    CreateSubnetRequest create;
    create.networkId = ids.value(QStringLiteral("network"));
    create.cidr = topology.plan.cidr;
    create.name = topology.subnetName;
    create.description = topology.plan.tag();
    create.gatewayIp = a.gateway;
    create.allocationPools = QList<AllocationPool>{{a.poolStart, a.poolEnd}};
    create.dnsNameservers = QStringList{a.nameServer};
    send(heights.value(s.id), create, [this, s](const Result<Subnet>& subnet) {
        if (!subnet)
            return fail(s.id, subnet.error());
        tag(s, QStringLiteral("subnets"), subnet->id);
    });
}

void LabDeployerPrivate::runGroup(const LabStep& s)
{
    CreateSecurityGroupRequest create;
    create.name = s.name;
    create.description = topology.plan.tag();
    send(heights.value(s.id), create, [this, s](const Result<SecurityGroup>& group) {
        if (!group)
            return fail(s.id, group.error());
        tag(s, QStringLiteral("security-groups"), group->id);
    });
}

void LabDeployerPrivate::runPort(const LabStep& s)
{
    const LabPort* port = topology.port(keyOf(s, QStringLiteral("port:")));
    if (!port)
        return fail(s.id, ApiError::local(ApiError::Kind::Config, QStringLiteral("No such port: ") + s.id));
    CreatePortRequest create;
    create.networkId = port->publicNetwork ? publicNetworkId : ids.value(QStringLiteral("network"));
    create.name = port->name;
    create.description = topology.plan.tag();
    if (!port->fixedIp.isEmpty())
        create.fixedIps = QList<PortFixedIp>{{ids.value(QStringLiteral("subnet")), port->fixedIp}};
    QStringList groups;
    for (const QString& key : port->securityGroups)
        groups.append(ids.value(QStringLiteral("group:") + key));
    create.securityGroups = groups; // empty with port security off: not even the default group
    if (!port->portSecurity)
        create.portSecurityEnabled = false;
    if (!port->allowedAddressPairs.isEmpty()) {
        QList<AllowedAddressPair> pairs;
        for (const QString& cidr : port->allowedAddressPairs)
            pairs.append({cidr, {}});
        create.allowedAddressPairs = pairs;
    }
    send(heights.value(s.id), create, [this, s, isPublic = port->publicNetwork](const Result<Port>& created) {
        if (!created)
            return fail(s.id, created.error());
        if (isPublic && !created->fixedIps.isEmpty())
            deployment.publicIp = created->fixedIps.first().ipAddress;
        tag(s, QStringLiteral("ports"), created->id);
    });
}

void LabDeployerPrivate::runServerGroup(const LabStep& s)
{
    CreateServerGroupRequest create;
    create.name = topology.serverGroupName;
    create.policy = topology.plan.webPolicy == LabServerGroupPolicy::AntiAffinity
                        ? QStringLiteral("anti-affinity")
                        : QStringLiteral("soft-anti-affinity");
    send(heights.value(s.id), create, [this, s](const Result<ServerGroup>& group) {
        if (!group)
            return fail(s.id, group.error());
        complete(s.id, LabStepState::Done, group->id);
    });
}

void LabDeployerPrivate::runVolume(const LabStep& s)
{
    CreateVolumeRequest create;
    create.size = topology.plan.databaseVolumeGb;
    create.name = topology.volumeName;
    create.description = topology.plan.tag();
    create.metadata = QMap<QString, QString>{{QStringLiteral("zenith-lab"), topology.plan.name}};
    send(heights.value(s.id), create, [this, s](const Result<Volume>& volume) {
        if (!volume)
            return fail(s.id, volume.error());
        ids.insert(s.id, volume->id);
        deployment.resourceIds.insert(s.id, volume->id);
        journal.record(s.id, LabStepState::Running, volume->id);
        saveJournal();
        auto wait = poll<Volume, GetVolumeRequest>(
            *session, GetVolumeRequest{volume->id},
            [this](const Result<Volume>& v) -> std::optional<Result<Volume>> {
                ++apiCalls;
                if (!v)
                    return isTransient(v.error()) ? std::nullopt : std::optional<Result<Volume>>(v.error());
                if (v->status == u"available")
                    return v;
                if (v->status.startsWith(u"error"))
                    return Result<Volume>(ApiError::local(ApiError::Kind::Server,
                                                          QStringLiteral("Status became ") + v->status,
                                                          QStringLiteral("volumev3")));
                return std::nullopt;
            },
            volumeWait());
        track(s.id, wait, [this, s](const Result<Volume>& ready) {
            if (!ready)
                return fail(s.id, ready.error());
            complete(s.id);
        });
    });
}

void LabDeployerPrivate::runServer(const LabStep& s)
{
    const LabServer* server = topology.server(keyOf(s, QStringLiteral("server:")));
    if (!server)
        return fail(s.id, ApiError::local(ApiError::Kind::Config, QStringLiteral("No such server: ") + s.id));
    if (building.contains(s.id))
        return waitActive(s, building.value(s.id)); // found by its tag, still building: no second one
    CreateServerRequest create;
    create.name = server->name;
    create.imageRef = imageIds.value(server->machine.image);
    create.flavorRef = flavorIds.value(server->machine.flavor);
    for (const QString& key : server->ports)
        create.nics.append(ServerNic::port(ids.value(QStringLiteral("port:") + key)));
    if (!topology.plan.keypair.isEmpty())
        create.keyName = topology.plan.keypair;
    create.userData =
        QString::fromUtf8(LabUserData::render(topology, *server, secrets, ids.value(QStringLiteral("volume"))));
    create.tags = {topology.plan.tag()};
    if (server->inServerGroup)
        create.serverGroupId = ids.value(QStringLiteral("server-group"));
    send(heights.value(s.id), create, [this, s](const Result<CreatedServer>& created) {
        if (!created)
            return fail(s.id, created.error());
        journal.record(s.id, LabStepState::Running, created->id);
        saveJournal();
        waitActive(s, created->id);
    });
}

void LabDeployerPrivate::waitActive(const LabStep& s, const QString& serverId)
{
    awaitingActive.insert(s.id, serverId);
    watchDeadline = QDeadlineTimer(activeWait().timeout);
    if (watching)
        return;
    watching = true;
    watchDelay = activeWait().firstDelay;
    QTimer::singleShot(watchDelay, q, [this] { watchServers(); });
}

// Each round lists the lab's servers that are ACTIVE, then those in ERROR, by their ids only: the
// detail list would make Nova ask Neutron for every server's security groups (the dev cloud spent
// four times the CPU on it), and the deploy shares that cloud with the servers it waits for. Only a
// server that failed is read in full, for its fault.
void LabDeployerPrivate::watchServers()
{
    if (awaitingActive.isEmpty()) {
        watching = false;
        return;
    }
    send(0, labServersIn(QStringLiteral("ACTIVE")), [this](const Result<Page<ServerSummary>>& active) {
        if (!watchReplied(active))
            return;
        for (const auto& [stepId, serverId] : takeAwaited(active)) {
            deployment.serverIds.insert(stepId.mid(7), serverId);
            complete(stepId, LabStepState::Done, serverId);
        }
        if (awaitingActive.isEmpty()) {
            watching = false;
            return;
        }
        send(0, labServersIn(QStringLiteral("ERROR")), [this](const Result<Page<ServerSummary>>& failed) {
            if (!watchReplied(failed))
                return;
            for (const auto& [stepId, serverId] : takeAwaited(failed))
                explainFailedServer(stepId, serverId);
            scheduleWatch();
        });
    });
}

ListServerSummariesRequest LabDeployerPrivate::labServersIn(const QString& status) const
{
    ListServerSummariesRequest list;
    list.tags = {topology.plan.tag()};
    list.statuses = {status};
    return list;
}

QList<std::pair<QString, QString>> LabDeployerPrivate::takeAwaited(const Result<Page<ServerSummary>>& page)
{
    QList<std::pair<QString, QString>> taken;
    for (const ServerSummary& server : page ? page->items : QList<ServerSummary>{}) {
        const QString stepId = awaitingActive.key(server.id);
        if (!stepId.isEmpty()) {
            awaitingActive.remove(stepId);
            taken.append({stepId, server.id});
        }
    }
    return taken;
}

bool LabDeployerPrivate::watchReplied(const Result<Page<ServerSummary>>& page)
{
    if (page || isTransient(page.error()))
        return true; // a transient failure: the next round asks again
    failAwaited(page.error());
    return false;
}

void LabDeployerPrivate::failAwaited(const ApiError& error)
{
    const QStringList waiting = awaitingActive.keys();
    awaitingActive.clear();
    watching = false;
    for (const QString& id : waiting)
        fail(id, error);
}

void LabDeployerPrivate::scheduleWatch()
{
    if (awaitingActive.isEmpty()) {
        watching = false;
        return;
    }
    if (watchDeadline.hasExpired())
        return failAwaited(
            ApiError::local(ApiError::Kind::Timeout, QStringLiteral("Not ACTIVE in time"), QStringLiteral("compute")));
    const WaitOptions o = activeWait();
    watchDelay = std::min(
        o.maxDelay, std::chrono::milliseconds(static_cast<qint64>(static_cast<double>(watchDelay.count()) * o.growth)));
    QTimer::singleShot(watchDelay, q, [this] { watchServers(); });
}

void LabDeployerPrivate::explainFailedServer(const QString& stepId, const QString& serverId)
{
    send(0, GetServerRequest{serverId}, [this, stepId](const Result<Server>& server) {
        const QString why = server && server->fault ? server->fault->message : QStringLiteral("Status became ERROR");
        fail(stepId, ApiError::local(ApiError::Kind::Server, why, QStringLiteral("compute")));
    });
}

void LabDeployerPrivate::runReady(const LabStep& s)
{
    if (!waitForReadiness)
        return complete(s.id, LabStepState::Skipped);
    const LabServer* server = topology.server(keyOf(s, QStringLiteral("ready:")));
    if (!server)
        return fail(s.id, ApiError::local(ApiError::Kind::Config, QStringLiteral("No such server: ") + s.id));
    const QString marker = LabUserData::readyMarker(*server);
    const QString failure = LabUserData::failureMarkerPrefix(*server);
    GetServerConsoleOutputRequest console;
    console.id = ids.value(QStringLiteral("server:") + server->key);
    console.length = 200; // the marker is among the last lines; the whole log can be megabytes
    auto wait = poll<QString, GetServerConsoleOutputRequest>(
        *session, console,
        [this, marker, failure](const Result<QString>& log) -> std::optional<Result<QString>> {
            ++apiCalls;
            if (!log) {
                // 409 while the console is not there yet; transient errors pass too.
                const bool retry = isTransient(log.error()) || log.error().kind == ApiError::Kind::Conflict;
                return retry ? std::nullopt : std::optional<Result<QString>>(log.error());
            }
            const qsizetype failed = log->indexOf(failure);
            if (failed >= 0) {
                const qsizetype end = log->indexOf(u'\n', failed);
                return Result<QString>(ApiError::local(ApiError::Kind::Server, log->mid(failed, end - failed).trimmed(),
                                                       QStringLiteral("compute")));
            }
            if (log->contains(marker))
                return log;
            return std::nullopt;
        },
        readyWait());
    track(s.id, wait, [this, s](const Result<QString>& ready) {
        if (!ready)
            return fail(s.id, ready.error());
        complete(s.id);
    });
}

void LabDeployerPrivate::runAttach(const LabStep& s)
{
    AttachServerVolumeRequest attach;
    attach.serverId = ids.value(QStringLiteral("server:db"));
    attach.volumeId = ids.value(QStringLiteral("volume"));
    send(heights.value(s.id), attach,
         [this, s, volumeId = attach.volumeId](const Result<ServerVolumeAttachment>& attached) {
             if (!attached)
                 return fail(s.id, attached.error());
             auto wait = poll<Volume, GetVolumeRequest>(
                 *session, GetVolumeRequest{volumeId},
                 [this](const Result<Volume>& v) -> std::optional<Result<Volume>> {
                     ++apiCalls;
                     if (!v)
                         return isTransient(v.error()) ? std::nullopt : std::optional<Result<Volume>>(v.error());
                     if (v->status == u"in-use")
                         return v;
                     if (v->status.startsWith(u"error") || v->status == u"available")
                         return Result<Volume>(ApiError::local(ApiError::Kind::Server,
                                                               QStringLiteral("Status became ") + v->status,
                                                               QStringLiteral("volumev3")));
                     return std::nullopt;
                 },
                 volumeWait());
             track(s.id, wait, [this, s](const Result<Volume>& inUse) {
                 if (!inUse)
                     return fail(s.id, inUse.error());
                 complete(s.id, LabStepState::Done, ids.value(QStringLiteral("server:db")));
             });
         });
}

// One code path for every provider (LabDnsRecords): the zone that holds the domain, the record
// created or pointed at the gateway, the zone published if the provider needs it. The record's id
// goes to the journal: OVHcloud's records carry no tag, teardown deletes exactly these ids.
void LabDeployerPrivate::runRecord(const LabStep& s)
{
    if (!dnsProvider && topology.plan.dnsProvider == LabDnsProvider::Designate)
        dnsProvider = new DesignateProvider(session, q);
    if (!dnsProvider) {
        return fail(s.id, ApiError::local(ApiError::Kind::Config, QStringLiteral("No OVHcloud credentials"),
                                          QStringLiteral("dns")));
    }
    LabTopology one = topology;
    one.recordNames = {s.name};
    auto* records = new LabDnsRecords(dnsProvider, one, q);
    QObject::connect(records, &LabDnsRecords::ensured, q,
                     [this, records, id = s.id](const QList<DnsRecord>& made, const QStringList& created) {
                         records->deleteLater();
                         apiCalls += records->apiCalls();
                         const QString recordId = made.isEmpty() ? QString() : made.first().id;
                         complete(id, created.isEmpty() ? LabStepState::AlreadyThere : LabStepState::Done, recordId);
                     });
    QObject::connect(records, &LabDnsRecords::failed, q, [this, records, id = s.id](const ApiError& error) {
        records->deleteLater();
        apiCalls += records->apiCalls();
        fail(id, error);
    });
    records->ensure(deployment.publicIp);
}

} // namespace zenith
