#include "labchecks.h"

#include "labcheckresult.h"
#include "labgatewaychecks.h"
#include "labresolvedstate.h"

#include <QHostAddress>
#include <QSet>

#include <algorithm>

namespace zenith {

namespace {

using Kind = LabCheck::Kind;

bool hasAddress(const Port& port, const QString& address)
{
    return std::any_of(port.fixedIps.cbegin(), port.fixedIps.cend(),
                       [&address](const PortFixedIp& ip) { return ip.ipAddress == address; });
}

QString addressesOf(const Port& port)
{
    QStringList list;
    for (const PortFixedIp& ip : port.fixedIps)
        list.append(ip.ipAddress);
    return QStringLiteral("[") + list.join(u',') + QStringLiteral("]");
}

QString fixedIpOf(const LabTopology& t, const QString& portKey)
{
    const LabPort* p = t.port(portKey);
    return p ? p->fixedIp : QString();
}

LabCheck instancesCreated(const LabResolvedState& r)
{
    QStringList problems;
    for (const LabServer& planned : r.t.servers) {
        const Server* server = r.server(planned.key);
        if (!server)
            problems.append(planned.name + QStringLiteral(": missing"));
        else if (server->status != u"ACTIVE")
            problems.append(planned.name + QStringLiteral(": ") + server->status);
    }
    return LabCheckResult::of(Kind::InstancesCreated, problems);
}

LabCheck privateNetworkAttached(const LabResolvedState& r)
{
    if (!r.network)
        return LabCheckResult::of(Kind::PrivateNetworkAttached, {r.t.networkName + QStringLiteral(": missing")});
    QStringList problems;
    for (const LabServer& planned : r.t.servers) {
        const Server* server = r.server(planned.key);
        const QString portKey = planned.role == LabRole::LoadBalancer ? QStringLiteral("lb-private") : planned.key;
        const Port* port = r.port(portKey);
        if (!server || !port) {
            problems.append(planned.name + QStringLiteral(": ") +
                            (server ? QStringLiteral("no port") : QStringLiteral("missing")));
            continue;
        }
        const QString address = fixedIpOf(r.t, portKey);
        if (port->deviceId != server->id)
            problems.append(port->name + QStringLiteral(": not attached to ") + planned.name);
        else if (port->networkId != r.network->id)
            problems.append(port->name + QStringLiteral(": network ") + port->networkId);
        else if (!hasAddress(*port, address))
            problems.append(port->name + QStringLiteral(": ") + addressesOf(*port) + QStringLiteral(" != ") + address);
    }
    return LabCheckResult::of(Kind::PrivateNetworkAttached, problems);
}

LabCheck volumeAttached(const LabResolvedState& r)
{
    const Server* db = r.server(QStringLiteral("db"));
    const Volume* volume = nullptr;
    for (const Volume& v : r.c.volumes) {
        if (v.name == r.t.volumeName && (!volume || LabCloudState::isTaggedVolume(v, r.t.plan.tag())))
            volume = &v;
    }
    if (!volume)
        return LabCheckResult::of(Kind::VolumeAttached, {r.t.volumeName + QStringLiteral(": missing")});
    if (!db)
        return LabCheckResult::of(Kind::VolumeAttached,
                                  {r.t.server(QStringLiteral("db"))->name + QStringLiteral(": missing")});
    const bool attached = std::any_of(volume->attachments.cbegin(), volume->attachments.cend(),
                                      [db](const VolumeAttachment& a) { return a.serverId == db->id; });
    if (!attached || volume->status != u"in-use")
        return LabCheckResult::of(Kind::VolumeAttached, {volume->name + QStringLiteral(" (") + volume->id +
                                                         QStringLiteral("): ") + volume->status});
    return LabCheckResult::passed(Kind::VolumeAttached, volume->id);
}

bool ruleMatches(const LabSecurityRule& planned, const SecurityGroupRule& rule, const LabResolvedState& r)
{
    if (rule.direction != u"ingress" || rule.ethertype != u"IPv4")
        return false;
    if (planned.protocol.isEmpty() ? rule.protocol.has_value() : rule.protocol.value_or(QString()) != planned.protocol)
        return false;
    const bool anyPort = planned.portMin == 0 && planned.portMax == 0;
    if (anyPort ? rule.portRangeMin.has_value()
                : (rule.portRangeMin != planned.portMin || rule.portRangeMax != planned.portMax))
        return false;
    if (!planned.remoteGroup.isEmpty())
        return rule.remoteGroupId.value_or(QString()) == r.groupId(planned.remoteGroup);
    return rule.remoteIpPrefix.value_or(QString()) == planned.remoteCidr && !rule.remoteGroupId;
}

QString describe(const LabSecurityRule& rule)
{
    const QString ports =
        rule.portMin == 0 && rule.portMax == 0
            ? QStringLiteral("any")
            : (rule.portMin == rule.portMax ? QString::number(rule.portMin)
                                            : QString::number(rule.portMin) + u'-' + QString::number(rule.portMax));
    const QString from = rule.remoteGroup.isEmpty() ? rule.remoteCidr : QStringLiteral("group ") + rule.remoteGroup;
    return (rule.protocol.isEmpty() ? QStringLiteral("any") : rule.protocol) + u'/' + ports + QStringLiteral(" from ") +
           from;
}

LabCheck securityGroups(const LabResolvedState& r)
{
    QStringList problems;
    for (const LabSecurityGroup& planned : r.t.securityGroups) {
        const SecurityGroup* group = r.group(planned.key);
        if (!group) {
            problems.append(planned.name + QStringLiteral(": missing"));
            continue;
        }
        for (const LabSecurityRule& rule : planned.rules) {
            if (!std::any_of(group->rules.cbegin(), group->rules.cend(),
                             [&](const SecurityGroupRule& actual) { return ruleMatches(rule, actual, r); }))
                problems.append(planned.name + QStringLiteral(": no rule ") + describe(rule));
        }
    }
    for (const LabPort& planned : r.t.ports) {
        const Port* port = r.port(planned.key);
        if (!port)
            continue; // PrivateNetworkAttached or GatewayTwoPorts says so
        QSet<QString> wanted;
        for (const QString& key : planned.securityGroups)
            wanted.insert(r.groupId(key));
        const QSet<QString> actual(port->securityGroups.cbegin(), port->securityGroups.cend());
        if (wanted != actual)
            problems.append(planned.name + QStringLiteral(": groups [") + planned.securityGroups.join(u',') +
                            QStringLiteral("] expected"));
    }
    return LabCheckResult::of(Kind::SecurityGroups, problems);
}

LabCheck keypairImported(const LabResolvedState& r)
{
    const QString& name = r.t.plan.keypair;
    QStringList problems;
    if (!std::any_of(r.c.keypairs.cbegin(), r.c.keypairs.cend(), [&name](const Keypair& k) { return k.name == name; }))
        problems.append(name + QStringLiteral(": missing"));
    for (const LabServer& planned : r.t.servers) {
        const Server* server = r.server(planned.key);
        if (server && server->keyName != name)
            problems.append(planned.name + QStringLiteral(": key ") +
                            (server->keyName.isEmpty() ? QStringLiteral("none") : server->keyName));
    }
    return LabCheckResult::of(Kind::KeypairImported, problems);
}

LabCheck postInstallScript(const LabResolvedState& r, const LabChecks::Options& options)
{
    if (!options.checkReadiness)
        return LabCheckResult::skipped(Kind::PostInstallScript, QStringLiteral("readiness not checked"));
    QStringList problems;
    for (const LabServer& planned : r.t.servers) {
        const QString marker = options.readyMarkers.value(planned.key);
        const Server* server = r.server(planned.key);
        if (marker.isEmpty() || !server)
            continue;
        const QString console = r.c.consoles.value(server->id);
        const QString failure = options.failureMarkers.value(planned.key);
        if (!failure.isEmpty() && console.contains(failure)) {
            const qsizetype at = console.indexOf(failure);
            problems.append(console.mid(at, console.indexOf(u'\n', at) - at));
        } else if (!console.contains(marker)) {
            problems.append(planned.name + QStringLiteral(": no \"") + marker + u'"');
        }
    }
    return LabCheckResult::of(Kind::PostInstallScript, problems);
}

} // namespace

QList<LabCheck> LabChecks::run(const LabTopology& topology, const LabCloudState& cloud, const Options& options)
{
    const LabResolvedState r(topology, cloud);
    QList<LabCheck> checks{instancesCreated(r), privateNetworkAttached(r), volumeAttached(r),
                           securityGroups(r),   keypairImported(r),        postInstallScript(r, options)};
    checks += LabGatewayChecks::run(r);
    return checks;
}

} // namespace zenith
