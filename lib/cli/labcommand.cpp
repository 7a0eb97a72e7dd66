#include "labcommand.h"

#include "openstackcommand.h"

namespace zenith {

namespace {

QStringList tagged(QStringList words, const LabTopology& t)
{
    return words << QStringLiteral("--tag") << t.plan.tag();
}

QString zoneOf(const LabTopology& t)
{
    return t.plan.domain.endsWith(u'.') ? t.plan.domain : QString(t.plan.domain + u'.');
}

// The record's name relative to its zone, as the client accepts it ("www"; the apex is the zone itself).
QString relativeName(const LabTopology& t, const QString& record)
{
    const QString zone = zoneOf(t);
    if (record == zone)
        return zone;
    return record.endsWith(u'.' + zone) ? record.chopped(zone.size() + 1) : record;
}

QString ruleProtocol(const LabSecurityRule& rule)
{
    return rule.protocol.isEmpty() ? QStringLiteral("any") : rule.protocol;
}

QString userDataFile(const LabServer& s)
{
    return s.key + QStringLiteral(".yaml");
}

QString policyName(LabServerGroupPolicy policy)
{
    return policy == LabServerGroupPolicy::AntiAffinity ? QStringLiteral("anti-affinity")
                                                        : QStringLiteral("soft-anti-affinity");
}

} // namespace

QString LabCommand::networkCreate(const LabTopology& t)
{
    return OpenstackCommand::join(tagged({QStringLiteral("network"), QStringLiteral("create")}, t) << t.networkName);
}

QString LabCommand::subnetCreate(const LabTopology& t)
{
    const LabAddresses& a = t.addresses;
    QStringList words{QStringLiteral("subnet"),
                      QStringLiteral("create"),
                      QStringLiteral("--network"),
                      t.networkName,
                      QStringLiteral("--subnet-range"),
                      t.plan.cidr,
                      QStringLiteral("--gateway"),
                      a.gateway,
                      QStringLiteral("--allocation-pool"),
                      QStringLiteral("start=%1,end=%2").arg(a.poolStart, a.poolEnd),
                      QStringLiteral("--dns-nameserver"),
                      a.nameServer};
    return OpenstackCommand::join(tagged(words, t) << t.subnetName);
}

QString LabCommand::securityGroupCreate(const LabTopology& t, const LabSecurityGroup& group)
{
    return OpenstackCommand::join(
        tagged({QStringLiteral("security"), QStringLiteral("group"), QStringLiteral("create")}, t) << group.name);
}

QString LabCommand::securityGroupRuleCreate(const LabTopology& t, const LabSecurityGroup& group,
                                            const LabSecurityRule& rule)
{
    QStringList words{QStringLiteral("security"), QStringLiteral("group"),     QStringLiteral("rule"),
                      QStringLiteral("create"),   QStringLiteral("--ingress"), QStringLiteral("--protocol"),
                      ruleProtocol(rule)};
    if (rule.protocol != u"icmp" && (rule.portMin != 0 || rule.portMax != 0)) {
        words << QStringLiteral("--dst-port")
              << (rule.portMin == rule.portMax
                      ? QString::number(rule.portMin)
                      : QString(QString::number(rule.portMin) + u':' + QString::number(rule.portMax)));
    }
    if (!rule.remoteGroup.isEmpty()) {
        const LabSecurityGroup* remote = t.securityGroup(rule.remoteGroup);
        words << QStringLiteral("--remote-group") << (remote ? remote->name : rule.remoteGroup);
    } else {
        words << QStringLiteral("--remote-ip") << rule.remoteCidr;
    }
    return OpenstackCommand::join(words << group.name);
}

QString LabCommand::portCreate(const LabTopology& t, const LabPort& port)
{
    QStringList words{QStringLiteral("port"), QStringLiteral("create"), QStringLiteral("--network"),
                      port.publicNetwork ? t.plan.publicNetwork : t.networkName};
    if (!port.fixedIp.isEmpty()) {
        words << QStringLiteral("--fixed-ip")
              << QStringLiteral("subnet=%1,ip-address=%2").arg(t.subnetName, port.fixedIp);
    }
    for (const QString& pair : port.allowedAddressPairs)
        words << QStringLiteral("--allowed-address") << (QStringLiteral("ip-address=") + pair);
    if (!port.portSecurity) {
        words << QStringLiteral("--disable-port-security") << QStringLiteral("--no-security-group");
    } else {
        for (const QString& key : port.securityGroups) {
            const LabSecurityGroup* group = t.securityGroup(key);
            words << QStringLiteral("--security-group") << (group ? group->name : key);
        }
    }
    return OpenstackCommand::join(tagged(words, t) << port.name);
}

QString LabCommand::serverGroupCreate(const LabTopology& t)
{
    return OpenstackCommand::join({QStringLiteral("server"), QStringLiteral("group"), QStringLiteral("create"),
                                   QStringLiteral("--policy"), policyName(t.plan.webPolicy), t.serverGroupName});
}

QString LabCommand::volumeCreate(const LabTopology& t)
{
    return OpenstackCommand::join({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("--size"),
                                   QString::number(t.plan.databaseVolumeGb), QStringLiteral("--property"),
                                   QStringLiteral("zenith-lab=") + t.plan.name, t.volumeName});
}

QString LabCommand::serverCreate(const LabTopology& t, const LabServer& server, const QString& serverGroupId)
{
    // Tags on create need compute microversion 2.52.
    QStringList words{QStringLiteral("--os-compute-api-version"),
                      QStringLiteral("2.52"),
                      QStringLiteral("server"),
                      QStringLiteral("create"),
                      QStringLiteral("--image"),
                      server.machine.image,
                      QStringLiteral("--flavor"),
                      server.machine.flavor};
    for (const QString& key : server.ports) {
        const LabPort* port = t.port(key);
        words << QStringLiteral("--port") << (port ? port->name : key);
    }
    if (server.inServerGroup)
        words << QStringLiteral("--hint")
              << (QStringLiteral("group=") +
                  (serverGroupId.isEmpty() ? QString(u"<id of " + t.serverGroupName + u'>') : serverGroupId));
    if (!t.plan.keypair.isEmpty())
        words << QStringLiteral("--key-name") << t.plan.keypair;
    words << QStringLiteral("--user-data") << userDataFile(server);
    return OpenstackCommand::join(tagged(words, t) << server.name);
}

QString LabCommand::consoleLogShow(const LabServer& server)
{
    return OpenstackCommand::join(
        {QStringLiteral("console"), QStringLiteral("log"), QStringLiteral("show"), server.name});
}

QString LabCommand::serverAddVolume(const LabTopology& t)
{
    const LabServer* db = t.server(QStringLiteral("db"));
    return OpenstackCommand::serverAddVolume(db ? db->name : t.plan.resourceName(QStringLiteral("db")), t.volumeName);
}

QString LabCommand::recordSetCreate(const LabTopology& t, const QString& recordName, const QString& ip)
{
    return OpenstackCommand::join({QStringLiteral("recordset"), QStringLiteral("create"), QStringLiteral("--type"),
                                   QStringLiteral("A"), QStringLiteral("--record"),
                                   ip.isEmpty() ? QStringLiteral("<public-ip>") : ip, QStringLiteral("--description"),
                                   t.plan.tag(), zoneOf(t), relativeName(t, recordName)});
}

QString LabCommand::recordSetDelete(const LabTopology& t, const QString& recordName)
{
    return OpenstackCommand::join(
        {QStringLiteral("recordset"), QStringLiteral("delete"), zoneOf(t), relativeName(t, recordName)});
}

QString LabCommand::serverRemoveVolume(const LabTopology& t)
{
    const LabServer* db = t.server(QStringLiteral("db"));
    return OpenstackCommand::serverRemoveVolume(db ? db->name : t.plan.resourceName(QStringLiteral("db")),
                                                t.volumeName);
}

QString LabCommand::serverDelete(const LabServer& server)
{
    return OpenstackCommand::join(
        {QStringLiteral("server"), QStringLiteral("delete"), QStringLiteral("--wait"), server.name});
}

QString LabCommand::portDelete(const LabPort& port)
{
    return OpenstackCommand::join({QStringLiteral("port"), QStringLiteral("delete"), port.name});
}

QString LabCommand::volumeDelete(const LabTopology& t)
{
    return OpenstackCommand::join({QStringLiteral("volume"), QStringLiteral("delete"), t.volumeName});
}

QString LabCommand::serverGroupDelete(const LabTopology& t)
{
    return OpenstackCommand::join(
        {QStringLiteral("server"), QStringLiteral("group"), QStringLiteral("delete"), t.serverGroupName});
}

QString LabCommand::securityGroupDelete(const LabSecurityGroup& group)
{
    return OpenstackCommand::join(
        {QStringLiteral("security"), QStringLiteral("group"), QStringLiteral("delete"), group.name});
}

QString LabCommand::subnetDelete(const LabTopology& t)
{
    return OpenstackCommand::join({QStringLiteral("subnet"), QStringLiteral("delete"), t.subnetName});
}

QString LabCommand::networkDelete(const LabTopology& t)
{
    return OpenstackCommand::join({QStringLiteral("network"), QStringLiteral("delete"), t.networkName});
}

} // namespace zenith
