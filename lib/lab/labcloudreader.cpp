#include "labcloudreader.h"
#include "labdnsrecords.h"
#include "labheatdeployment.h"

#include "compute/getserverconsoleoutputrequest.h"
#include "compute/listflavorsrequest.h"
#include "compute/listkeypairsrequest.h"
#include "compute/listservergroupsrequest.h"
#include "compute/listserversrequest.h"
#include "core/session.h"
#include "core/whenfinished.h"
#include "dns/listrecordsetsrequest.h"
#include "dns/listzonesrequest.h"
#include "image/listimagesrequest.h"
#include "network/listnetworksrequest.h"
#include "network/listportsrequest.h"
#include "network/listsecuritygroupsrequest.h"
#include "network/listsubnetsrequest.h"
#include "volume/listvolumesnapshotsrequest.h"
#include "volume/listvolumesrequest.h"

namespace zenith {

LabCloudReader::LabCloudReader(Session* session, LabTopology topology, Scope scope, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_topology(std::move(topology))
    , m_scope(scope)
{}

// Pages are followed one after the other; collections are read side by side.
template <typename R, typename Apply> void LabCloudReader::list(R request, Apply apply)
{
    ++m_pending;
    ++m_calls;
    whenFinished(m_session->send(request), this,
                 [this, request, apply](const Result<typename R::Response>& reply) mutable {
                     if (!reply) {
                         done(reply.error());
                         return;
                     }
                     if constexpr (PagedRequest<R>) {
                         apply(reply->items);
                         if (reply->nextMarker) {
                             request.marker = reply->nextMarker;
                             list(request, apply);
                         }
                     } else {
                         apply(*reply);
                     }
                     done(std::nullopt);
                 });
}

void LabCloudReader::start()
{
    m_state = {};
    m_error.reset();
    m_secondRound = false;
    m_calls = 0;
    m_pending = 1; // held until every first-round request is sent
    // A lab-only read asks the services to filter by tag: a busy project lists a few rows, not all.
    const QString tag = m_scope.labOnly ? m_topology.plan.tag() : QString();
    const std::optional<QString> tags = tag.isEmpty() ? std::nullopt : std::optional<QString>(tag);
    ListNetworksRequest networks;
    networks.tags = tags;
    list(networks, [this](const QList<Network>& items) { m_state.networks += items; });
    ListSubnetsRequest subnets;
    subnets.tags = tags;
    list(subnets, [this](const QList<Subnet>& items) { m_state.subnets += items; });
    ListPortsRequest ports;
    ports.tags = tags;
    list(ports, [this](const QList<Port>& items) { m_state.ports += items; });
    ListSecurityGroupsRequest groups;
    groups.tags = tags;
    list(groups, [this](const QList<SecurityGroup>& items) { m_state.securityGroups += items; });
    ListServersRequest servers;
    if (tags)
        servers.tags = {*tags};
    list(servers, [this](const QList<Server>& items) { m_state.servers += items; });
    list(ListServerGroupsRequest{}, [this](const QList<ServerGroup>& items) { m_state.serverGroups += items; });
    ListVolumesRequest volumes;
    if (m_scope.labOnly)
        volumes.name = m_topology.volumeName;
    list(volumes, [this](const QList<Volume>& items) { m_state.volumes += items; });
    if (m_scope.snapshots)
        list(ListVolumeSnapshotsRequest{}, [this](const QList<VolumeSnapshot>& items) { m_state.snapshots += items; });
    if (!m_scope.labOnly)
        list(ListKeypairsRequest{}, [this](const QList<Keypair>& items) { m_state.keypairs += items; });
    if (m_scope.flavorsAndImages) {
        list(ListFlavorsRequest{}, [this](const QList<Flavor>& items) { m_state.flavors += items; });
        list(ListImagesRequest{}, [this](const QList<Image>& items) {
            for (const Image& image : items)
                m_state.imageNames.append(image.name);
        });
    }
    if (m_scope.records && !m_topology.recordNames.isEmpty() &&
        m_topology.plan.dnsProvider == LabDnsProvider::Designate)
        readRecords();
    if (m_scope.stack)
        readStack();
    done(std::nullopt);
}

void LabCloudReader::readStack()
{
    ++m_pending;
    ++m_calls;
    whenFinished(LabHeatDeployment::findStack(*m_session, m_topology.plan), this,
                 [this](const Result<std::optional<Stack>>& found) {
                     if (found && *found)
                         m_state.stacks.append(**found);
                     done(found ? std::nullopt : std::optional<ApiError>(found.error()));
                 });
}

void LabCloudReader::readRecords()
{
    // The same zone the deploy will write the records into.
    list(ListZonesRequest{}, [this](const QList<Zone>& zones) {
        m_state.zonesRead = true;
        const std::optional<Zone> best = LabDnsRecords::zoneOf(zones, m_topology.plan.domain);
        if (!best)
            return;
        m_state.zoneId = best->id;
        ListRecordSetsRequest request;
        request.zoneId = best->id;
        request.type = QStringLiteral("A");
        list(request, [this](const QList<RecordSet>& records) { m_state.records += records; });
    });
}

void LabCloudReader::readConsoles()
{
    for (const LabServer& labServer : m_topology.servers) {
        for (const Server& server : m_state.servers) {
            if (server.name != labServer.name || server.status != u"ACTIVE")
                continue;
            GetServerConsoleOutputRequest request;
            request.id = server.id;
            request.length = 200;
            const QString id = server.id;
            ++m_pending;
            ++m_calls;
            whenFinished(m_session->send(request), this, [this, id](const Result<QString>& output) {
                // A console that cannot be read is no reason to stop the checklist: the check shows it.
                if (output)
                    m_state.consoles.insert(id, *output);
                done(std::nullopt);
            });
        }
    }
}

void LabCloudReader::done(const std::optional<ApiError>& error)
{
    if (error && !m_error)
        m_error = error;
    if (--m_pending > 0)
        return;
    if (!m_secondRound && m_scope.consoles && !m_error) {
        m_secondRound = true;
        m_pending = 1;
        readConsoles();
        done(std::nullopt);
        return;
    }
    Q_EMIT finished(m_state, m_error);
}

} // namespace zenith
