#include "labplanner.h"

#include "cli/labcommand.h"
#include "cli/labdnscommand.h"

#include <QHash>

#include <algorithm>

namespace zenith {

namespace {

QString groupStep(const QString& key)
{
    return QStringLiteral("group:") + key;
}

QString portStep(const QString& key)
{
    return QStringLiteral("port:") + key;
}

QString serverStep(const QString& key)
{
    return QStringLiteral("server:") + key;
}

void addNetworking(const LabTopology& t, QList<LabStep>& steps)
{
    steps.append({QStringLiteral("network"), LabStepKind::Network, t.networkName, {}, LabCommand::networkCreate(t)});
    steps.append({QStringLiteral("subnet"),
                  LabStepKind::Subnet,
                  t.subnetName,
                  {QStringLiteral("network")},
                  LabCommand::subnetCreate(t)});
    for (const LabSecurityGroup& g : t.securityGroups)
        steps.append({groupStep(g.key), LabStepKind::SecurityGroup, g.name, {}, LabCommand::securityGroupCreate(t, g)});
    for (const LabSecurityGroup& g : t.securityGroups) {
        for (qsizetype i = 0; i < g.rules.size(); ++i) {
            const LabSecurityRule& rule = g.rules.at(i);
            QStringList deps{groupStep(g.key)};
            if (!rule.remoteGroup.isEmpty() && rule.remoteGroup != g.key)
                deps.append(groupStep(rule.remoteGroup));
            steps.append({QStringLiteral("rule:%1:%2").arg(g.key).arg(i), LabStepKind::SecurityGroupRule, g.name, deps,
                          LabCommand::securityGroupRuleCreate(t, g, rule)});
        }
    }
    for (const LabPort& p : t.ports) {
        QStringList deps;
        if (!p.publicNetwork)
            deps.append(QStringLiteral("subnet"));
        for (const QString& g : p.securityGroups)
            deps.append(groupStep(g));
        steps.append({portStep(p.key), LabStepKind::Port, p.name, deps, LabCommand::portCreate(t, p)});
    }
}

void addServers(const LabTopology& t, QList<LabStep>& steps)
{
    steps.append({QStringLiteral("server-group"),
                  LabStepKind::ServerGroup,
                  t.serverGroupName,
                  {},
                  LabCommand::serverGroupCreate(t)});
    steps.append({QStringLiteral("volume"), LabStepKind::Volume, t.volumeName, {}, LabCommand::volumeCreate(t)});
    for (const LabServer& s : t.servers) {
        QStringList deps;
        for (const QString& p : s.ports)
            deps.append(portStep(p));
        if (s.inServerGroup)
            deps.append(QStringLiteral("server-group"));
        // The database's cloud-init finds its data disk by the volume's id.
        if (s.role == LabRole::Database)
            deps.append(QStringLiteral("volume"));
        steps.append({serverStep(s.key), LabStepKind::Server, s.name, deps, LabCommand::serverCreate(t, s)});
    }
    for (const LabServer& s : t.servers) {
        QStringList deps{serverStep(s.key)};
        // Private servers reach the Internet (apt) through the gateway's NAT.
        if (s.role != LabRole::LoadBalancer)
            deps.append(QStringLiteral("ready:lb"));
        steps.append(
            {QStringLiteral("ready:") + s.key, LabStepKind::ServerReady, s.name, deps, LabCommand::consoleLogShow(s)});
    }
    if (const LabServer* db = t.server(QStringLiteral("db"))) {
        steps.append({QStringLiteral("attach:db"),
                      LabStepKind::VolumeAttachment,
                      t.volumeName,
                      {serverStep(db->key), QStringLiteral("volume")},
                      LabCommand::serverAddVolume(t)});
    }
    for (const QString& record : t.recordNames) {
        steps.append({QStringLiteral("record:") + record,
                      LabStepKind::RecordSet,
                      record,
                      {portStep(QStringLiteral("lb-public"))},
                      LabDnsCommand::create(t, record)});
    }
}

} // namespace

QList<LabStep> LabPlanner::deploySteps(const LabTopology& topology)
{
    QList<LabStep> steps;
    addNetworking(topology, steps);
    addServers(topology, steps);
    return steps;
}

QList<LabStep> LabPlanner::teardownSteps(const LabTopology& t)
{
    QList<LabStep> steps;
    for (const QString& record : t.recordNames) {
        steps.append(
            {QStringLiteral("record:") + record, LabStepKind::RecordSet, record, {}, LabDnsCommand::remove(t, record)});
    }
    const LabServer* db = t.server(QStringLiteral("db"));
    if (db) {
        steps.append({QStringLiteral("attach:db"),
                      LabStepKind::VolumeAttachment,
                      t.volumeName,
                      {},
                      LabCommand::serverRemoveVolume(t)});
    }
    QStringList webServers;
    for (const LabServer& s : t.servers) {
        QStringList deps;
        if (db && s.key == db->key)
            deps.append(QStringLiteral("attach:db"));
        if (s.inServerGroup)
            webServers.append(serverStep(s.key));
        steps.append({serverStep(s.key), LabStepKind::Server, s.name, deps, LabCommand::serverDelete(s)});
    }
    QHash<QString, QStringList> portsOfGroup;
    QStringList privatePorts;
    for (const LabPort& p : t.ports) {
        QStringList deps;
        for (const LabServer& s : t.servers) {
            if (s.ports.contains(p.key))
                deps.append(serverStep(s.key));
        }
        for (const QString& g : p.securityGroups)
            portsOfGroup[g].append(portStep(p.key));
        if (!p.publicNetwork)
            privatePorts.append(portStep(p.key));
        steps.append({portStep(p.key), LabStepKind::Port, p.name, deps, LabCommand::portDelete(p)});
    }
    QStringList volumeDeps{QStringLiteral("attach:db")};
    if (db)
        volumeDeps.append(serverStep(db->key));
    else
        volumeDeps.clear();
    steps.append(
        {QStringLiteral("volume"), LabStepKind::Volume, t.volumeName, volumeDeps, LabCommand::volumeDelete(t)});
    steps.append({QStringLiteral("server-group"), LabStepKind::ServerGroup, t.serverGroupName, webServers,
                  LabCommand::serverGroupDelete(t)});
    // A group's rules go with it; Neutron drops the rules of other groups that name it as their remote group.
    for (const LabSecurityGroup& g : t.securityGroups) {
        steps.append({groupStep(g.key), LabStepKind::SecurityGroup, g.name, portsOfGroup.value(g.key),
                      LabCommand::securityGroupDelete(g)});
    }
    steps.append(
        {QStringLiteral("subnet"), LabStepKind::Subnet, t.subnetName, privatePorts, LabCommand::subnetDelete(t)});
    steps.append({QStringLiteral("network"),
                  LabStepKind::Network,
                  t.networkName,
                  {QStringLiteral("subnet")},
                  LabCommand::networkDelete(t)});
    return steps;
}

int LabPlanner::criticalPathLength(const QList<LabStep>& steps)
{
    // Steps come in dependency order: one pass gives each step the length of its longest chain.
    QHash<QString, int> depth;
    int longest = 0;
    for (const LabStep& step : steps) {
        int d = 1;
        for (const QString& dep : step.dependsOn)
            d = std::max(d, depth.value(dep) + 1);
        depth.insert(step.id, d);
        longest = std::max(longest, d);
    }
    return longest;
}

} // namespace zenith
