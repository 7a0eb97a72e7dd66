#include "labinventory.h"

#include "labcloudreader.h"
#include "labdatabasesnapshot.h"

namespace zenith {

namespace {

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
        if (!LabCloudState::isTaggedVolume(v, t.plan.tag()) || v.name != t.volumeName)
            continue;
        inv.ids.insert(QStringLiteral("volume"), v.id);
        for (const VolumeAttachment& a : v.attachments)
            inv.ids.insert(QStringLiteral("attach:db"), a.serverId);
    }
}

// Only what carries the lab's tag: a whole project's state holds other resources too.
template <typename T> QList<T> tagged(const QList<T>& items, const QString& tag)
{
    QList<T> lab;
    std::copy_if(items.cbegin(), items.cend(), std::back_inserter(lab),
                 [&tag](const T& item) { return LabCloudState::isTagged(item.tags, tag); });
    return lab;
}

} // namespace

LabInventory LabInventory::of(const LabCloudState& state, const LabTopology& t)
{
    LabInventory inv;
    const QString tag = t.plan.tag();
    for (const Network& n : tagged(state.networks, tag)) {
        if (n.name == t.networkName)
            inv.ids.insert(QStringLiteral("network"), n.id);
        else
            inv.strays.insert(QStringLiteral("network:") + n.name, n.id);
    }
    for (const Subnet& s : tagged(state.subnets, tag)) {
        if (s.name == t.subnetName)
            inv.ids.insert(QStringLiteral("subnet"), s.id);
        else
            inv.strays.insert(QStringLiteral("subnet:") + s.name, s.id);
    }
    readGroups(inv, t, tagged(state.securityGroups, tag));
    readPorts(inv, t, tagged(state.ports, tag));
    readServers(inv, t, tagged(state.servers, tag));
    for (const ServerGroup& g : state.serverGroups) {
        if (g.name == t.serverGroupName)
            inv.ids.insert(QStringLiteral("server-group"), g.id);
    }
    readVolumes(inv, t, state.volumes);
    for (const VolumeSnapshot& snapshot : state.snapshots) {
        if (LabDatabaseSnapshot::belongsTo(snapshot, t.plan))
            inv.snapshots.insert(snapshot.id, snapshot.name);
    }
    inv.zoneId = state.zoneId;
    for (const RecordSet& r : state.records) {
        if (r.description == tag && t.recordNames.contains(r.name))
            inv.ids.insert(QStringLiteral("record:") + r.name, r.id);
    }
    return inv;
}

void LabInventory::read(Session& session, const LabTopology& t, QObject* context,
                        std::function<void(const Result<LabInventory>&)> done, bool withSnapshots)
{
    LabCloudReader::Scope scope;
    scope.labOnly = true;
    scope.records = true;
    scope.snapshots = withSnapshots;
    auto* reader = new LabCloudReader(&session, t, scope, context);
    QObject::connect(
        reader, &LabCloudReader::finished, context,
        [reader, t, done = std::move(done)](const LabCloudState& state, const std::optional<ApiError>& error) {
            reader->deleteLater();
            if (error)
                return done(*error);
            LabInventory inventory = of(state, t);
            inventory.apiCalls = reader->apiCalls();
            done(inventory);
        });
    reader->start();
}

} // namespace zenith
