#include "labinventory.h"

#include "labdatabasesnapshot.h"

#include "compute/listservergroupsrequest.h"
#include "compute/listserversrequest.h"
#include "core/session.h"
#include "core/whenfinished.h"
#include "dns/listrecordsetsrequest.h"
#include "dns/listzonesrequest.h"
#include "network/listnetworksrequest.h"
#include "network/listportsrequest.h"
#include "network/listsecuritygroupsrequest.h"
#include "network/listsubnetsrequest.h"
#include "volume/listvolumesnapshotsrequest.h"
#include "volume/listvolumesrequest.h"

#include <memory>

namespace zenith {

namespace {

// The shared state of one read: the answers arrive in any order; the last one reports.
struct Gather
{
    LabInventory inventory;
    std::optional<ApiError> error;
    int pending = 0;
    std::function<void(const Result<LabInventory>&)> done;

    void finishOne()
    {
        if (--pending > 0)
            return;
        if (error)
            done(*error);
        else
            done(inventory);
    }
};

bool sameRule(const LabSecurityRule& want, const SecurityGroupRule& have, const QMap<QString, QString>& groupIds)
{
    if (have.direction != u"ingress" || have.ethertype != u"IPv4")
        return false;
    if (have.protocol.value_or(QString()) != want.protocol)
        return false;
    const bool allPorts = want.portMin == 0 && want.portMax == 0;
    if (allPorts ? (have.portRangeMin.has_value() || have.portRangeMax.has_value())
                 : (have.portRangeMin != want.portMin || have.portRangeMax != want.portMax))
        return false;
    if (!want.remoteGroup.isEmpty())
        return have.remoteGroupId == groupIds.value(QStringLiteral("group:") + want.remoteGroup);
    return !have.remoteGroupId && have.remoteIpPrefix.value_or(QString()) == want.remoteCidr;
}

void readGroups(LabInventory& inv, const LabTopology& t, const QList<SecurityGroup>& groups)
{
    for (const SecurityGroup& g : groups) {
        const auto it = std::find_if(t.securityGroups.cbegin(), t.securityGroups.cend(),
                                     [&g](const LabSecurityGroup& lg) { return lg.name == g.name; });
        if (it == t.securityGroups.cend())
            inv.strays.insert(QStringLiteral("group:") + g.name, g.id);
        else
            inv.ids.insert(QStringLiteral("group:") + it->key, g.id);
    }
    // Rules after every group: a rule may name another group as its remote.
    for (const SecurityGroup& g : groups) {
        const LabSecurityGroup* lab = nullptr;
        for (const LabSecurityGroup& lg : t.securityGroups)
            lab = lg.name == g.name ? &lg : lab;
        if (!lab)
            continue;
        for (qsizetype i = 0; i < lab->rules.size(); ++i) {
            for (const SecurityGroupRule& rule : g.rules) {
                if (sameRule(lab->rules.at(i), rule, inv.ids))
                    inv.ids.insert(QStringLiteral("rule:%1:%2").arg(lab->key).arg(i), rule.id);
            }
        }
    }
}

void readPorts(LabInventory& inv, const LabTopology& t, const QList<Port>& ports)
{
    for (const Port& p : ports) {
        const auto it =
            std::find_if(t.ports.cbegin(), t.ports.cend(), [&p](const LabPort& lp) { return lp.name == p.name; });
        if (it == t.ports.cend()) {
            inv.strays.insert(QStringLiteral("port:") + p.name, p.id);
            continue;
        }
        inv.ids.insert(QStringLiteral("port:") + it->key, p.id);
        if (it->publicNetwork && !p.fixedIps.isEmpty())
            inv.publicIp = p.fixedIps.first().ipAddress;
    }
}

void readServers(LabInventory& inv, const LabTopology& t, const QList<Server>& servers)
{
    for (const Server& s : servers) {
        const auto it =
            std::find_if(t.servers.cbegin(), t.servers.cend(), [&s](const LabServer& ls) { return ls.name == s.name; });
        if (it == t.servers.cend()) {
            inv.strays.insert(QStringLiteral("server:") + s.name, s.id);
            continue;
        }
        inv.ids.insert(QStringLiteral("server:") + it->key, s.id);
        inv.serverStatus.insert(it->key, s.status);
    }
}

void readVolumes(LabInventory& inv, const LabTopology& t, const QList<Volume>& volumes)
{
    for (const Volume& v : volumes) {
        if (v.metadata.value(QStringLiteral("zenith-lab")) != t.plan.name || v.name != t.volumeName)
            continue;
        inv.ids.insert(QStringLiteral("volume"), v.id);
        for (const VolumeAttachment& a : v.attachments)
            inv.ids.insert(QStringLiteral("attach:db"), a.serverId);
    }
}

template <typename R, typename Read>
void list(Session& session, const R& request, QObject* context, const std::shared_ptr<Gather>& gather, Read read)
{
    ++gather->pending;
    ++gather->inventory.apiCalls;
    whenFinished(session.send(request), context, [gather, read](const Result<typename R::Response>& reply) {
        if (!reply)
            gather->error = reply.error();
        else
            read(reply.value());
        gather->finishOne();
    });
}

// The zone of the records, then its A records that carry the tag in their description.
void readRecords(Session& session, const LabTopology& t, QObject* context, const std::shared_ptr<Gather>& gather)
{
    ListZonesRequest zones;
    zones.name = t.plan.domain.endsWith(u'.') ? t.plan.domain : QString(t.plan.domain + u'.');
    list(session, zones, context, gather, [&session, t, context, gather](const Page<Zone>& page) {
        if (page.items.isEmpty())
            return;
        gather->inventory.zoneId = page.items.first().id;
        ListRecordSetsRequest records;
        records.zoneId = page.items.first().id;
        records.type = QStringLiteral("A");
        records.limit = 1000;
        list(session, records, context, gather, [t, gather](const Page<RecordSet>& sets) {
            for (const RecordSet& r : sets.items) {
                if (r.description == t.plan.tag() && t.recordNames.contains(r.name))
                    gather->inventory.ids.insert(QStringLiteral("record:") + r.name, r.id);
            }
        });
    });
}

} // namespace

void LabInventory::read(Session& session, const LabTopology& t, QObject* context,
                        std::function<void(const Result<LabInventory>&)> done, bool withSnapshots)
{
    auto gather = std::make_shared<Gather>();
    gather->done = std::move(done);
    gather->pending = 1; // held until every call is sent
    const QString tag = t.plan.tag();

    ListNetworksRequest networks;
    networks.tags = tag;
    list(session, networks, context, gather, [gather, t](const Page<Network>& page) {
        for (const Network& n : page.items) {
            if (n.name == t.networkName)
                gather->inventory.ids.insert(QStringLiteral("network"), n.id);
            else
                gather->inventory.strays.insert(QStringLiteral("network:") + n.name, n.id);
        }
    });
    ListSubnetsRequest subnets;
    subnets.tags = tag;
    list(session, subnets, context, gather, [gather, t](const Page<Subnet>& page) {
        for (const Subnet& s : page.items) {
            if (s.name == t.subnetName)
                gather->inventory.ids.insert(QStringLiteral("subnet"), s.id);
            else
                gather->inventory.strays.insert(QStringLiteral("subnet:") + s.name, s.id);
        }
    });
    ListSecurityGroupsRequest groups;
    groups.tags = tag;
    list(session, groups, context, gather,
         [gather, t](const Page<SecurityGroup>& page) { readGroups(gather->inventory, t, page.items); });
    ListPortsRequest ports;
    ports.tags = tag;
    list(session, ports, context, gather,
         [gather, t](const Page<Port>& page) { readPorts(gather->inventory, t, page.items); });
    ListServersRequest servers;
    servers.tags = {tag};
    list(session, servers, context, gather,
         [gather, t](const Page<Server>& page) { readServers(gather->inventory, t, page.items); });
    list(session, ListServerGroupsRequest{}, context, gather, [gather, t](const QList<ServerGroup>& all) {
        for (const ServerGroup& g : all) {
            if (g.name == t.serverGroupName)
                gather->inventory.ids.insert(QStringLiteral("server-group"), g.id);
        }
    });
    ListVolumesRequest volumes;
    volumes.name = t.volumeName;
    list(session, volumes, context, gather,
         [gather, t](const Page<Volume>& page) { readVolumes(gather->inventory, t, page.items); });
    if (withSnapshots) {
        ListVolumeSnapshotsRequest snapshots;
        snapshots.limit = 1000;
        list(session, snapshots, context, gather, [gather, t](const Page<VolumeSnapshot>& page) {
            for (const VolumeSnapshot& s : page.items) {
                if (LabDatabaseSnapshot::belongsTo(s, t.plan))
                    gather->inventory.snapshots.insert(s.id, s.name);
            }
        });
    }
    if (!t.recordNames.isEmpty() && t.plan.dnsProvider == LabDnsProvider::Designate)
        readRecords(session, t, context, gather);
    gather->finishOne();
}

} // namespace zenith
