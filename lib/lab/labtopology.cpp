#include "labtopology.h"

#include <algorithm>

namespace zenith {

namespace {

const QString kAnywhere = QStringLiteral("0.0.0.0/0");
const QString kTcp = QStringLiteral("tcp");
const QString kUdp = QStringLiteral("udp");
const QString kIcmp = QStringLiteral("icmp");

LabSecurityRule tcp(int port, const QString& from)
{
    return {.protocol = kTcp, .portMin = port, .portMax = port, .remoteCidr = from, .remoteGroup = {}};
}

LabSecurityRule icmp(const QString& from)
{
    return {.protocol = kIcmp, .portMin = 0, .portMax = 0, .remoteCidr = from, .remoteGroup = {}};
}

// Public entry on the gateway's public port only; each private role accepts its own service from
// inside the range, and SSH only from the gateway, the lab's bastion.
QList<LabSecurityGroup> groupsOf(const LabPlan& plan, const LabAddresses& addresses)
{
    const QString range = addresses.network + u'/' + QString::number(addresses.prefixLength);
    const QString bastion = addresses.gateway + QStringLiteral("/32");
    const auto group = [&plan](const QString& key, QList<LabSecurityRule> rules) {
        return LabSecurityGroup{.key = key, .name = plan.resourceName(key), .rules = std::move(rules)};
    };
    QList<LabSecurityGroup> groups;
    groups.append(group(QStringLiteral("public"),
                        {tcp(22, kAnywhere), tcp(80, kAnywhere), tcp(443, kAnywhere), icmp(kAnywhere)}));
    // The gateway forwards whatever the private servers send out (apt, certbot's checks): any
    // protocol from the range.
    groups.append(
        group(QStringLiteral("gateway"),
              {LabSecurityRule{.protocol = {}, .portMin = 0, .portMax = 0, .remoteCidr = range, .remoteGroup = {}}}));
    groups.append(group(QStringLiteral("web"), {tcp(80, bastion), tcp(22, bastion), icmp(range)}));
    groups.append(group(QStringLiteral("db"), {LabSecurityRule{.protocol = kTcp,
                                                               .portMin = 3306,
                                                               .portMax = 3306,
                                                               .remoteCidr = {},
                                                               .remoteGroup = QStringLiteral("web")},
                                               tcp(22, bastion), icmp(range)}));
    groups.append(
        group(QStringLiteral("ns"),
              {LabSecurityRule{.protocol = kUdp, .portMin = 53, .portMax = 53, .remoteCidr = range, .remoteGroup = {}},
               tcp(53, range), tcp(22, bastion), icmp(range)}));
    return groups;
}

LabPort privatePort(const LabPlan& plan, const QString& key, const QString& ip, const QString& group)
{
    return {.key = key,
            .name = plan.resourceName(key),
            .publicNetwork = false,
            .fixedIp = ip,
            .securityGroups = {group},
            .portSecurity = true,
            .allowedAddressPairs = {}};
}

LabServer serverOf(const LabPlan& plan, const QString& key, LabRole role, int index, const LabMachine& machine,
                   QStringList ports)
{
    return {.key = key,
            .name = plan.resourceName(key),
            .role = role,
            .index = index,
            .machine = machine,
            .ports = std::move(ports),
            .inServerGroup = role == LabRole::Web};
}

} // namespace

std::optional<LabTopology> LabTopology::of(const LabPlan& plan)
{
    const std::optional<LabAddresses> addresses = LabAddresses::of(plan.cidr, plan.webCount);
    if (!addresses)
        return std::nullopt;
    LabTopology t;
    t.plan = plan;
    t.addresses = *addresses;
    t.networkName = plan.resourceName(QStringLiteral("net"));
    t.subnetName = plan.resourceName(QStringLiteral("subnet"));
    t.securityGroups = groupsOf(plan, *addresses);
    t.serverGroupName = plan.resourceName(QStringLiteral("web-group"));
    t.volumeName = plan.resourceName(QStringLiteral("db-data"));

    // The private port exists before the server so that it holds 10.12.0.1, the subnet's gateway.
    LabPort gateway = privatePort(plan, QStringLiteral("lb-private"), addresses->gateway, QStringLiteral("gateway"));
    if (plan.gatewaySpoofing == LabGatewaySpoofing::PortSecurityOff) {
        gateway.portSecurity = false;
        gateway.securityGroups.clear();
    } else {
        gateway.allowedAddressPairs = {kAnywhere};
    }
    t.ports.append(LabPort{.key = QStringLiteral("lb-public"),
                           .name = plan.resourceName(QStringLiteral("lb-public")),
                           .publicNetwork = true,
                           .fixedIp = {},
                           .securityGroups = {QStringLiteral("public")},
                           .portSecurity = true,
                           .allowedAddressPairs = {}});
    t.ports.append(gateway);
    t.ports.append(privatePort(plan, QStringLiteral("ns"), addresses->nameServer, QStringLiteral("ns")));
    t.ports.append(privatePort(plan, QStringLiteral("db"), addresses->database, QStringLiteral("db")));
    for (int i = 0; i < plan.webCount; ++i) {
        const QString key = QStringLiteral("web") + QString::number(i + 1);
        t.ports.append(privatePort(plan, key, addresses->web.at(i), QStringLiteral("web")));
    }

    t.servers.append(serverOf(plan, QStringLiteral("lb"), LabRole::LoadBalancer, 0, plan.loadBalancer,
                              {QStringLiteral("lb-public"), QStringLiteral("lb-private")}));
    t.servers.append(
        serverOf(plan, QStringLiteral("ns"), LabRole::NameServer, 0, plan.nameServer, {QStringLiteral("ns")}));
    t.servers.append(serverOf(plan, QStringLiteral("db"), LabRole::Database, 0, plan.database, {QStringLiteral("db")}));
    for (int i = 0; i < plan.webCount; ++i) {
        const QString key = QStringLiteral("web") + QString::number(i + 1);
        t.servers.append(serverOf(plan, key, LabRole::Web, i + 1, plan.web, {key}));
    }

    if (!plan.domain.isEmpty() && plan.dnsProvider != LabDnsProvider::None) {
        const QString apex = plan.domain.endsWith(u'.') ? plan.domain : plan.domain + u'.';
        t.recordNames = {apex, QStringLiteral("www.") + apex};
    }
    return t;
}

const LabPort* LabTopology::port(const QString& key) const
{
    const auto it = std::find_if(ports.cbegin(), ports.cend(), [&key](const LabPort& p) { return p.key == key; });
    return it == ports.cend() ? nullptr : &*it;
}

const LabServer* LabTopology::server(const QString& key) const
{
    const auto it = std::find_if(servers.cbegin(), servers.cend(), [&key](const LabServer& s) { return s.key == key; });
    return it == servers.cend() ? nullptr : &*it;
}

const LabSecurityGroup* LabTopology::securityGroup(const QString& key) const
{
    const auto it = std::find_if(securityGroups.cbegin(), securityGroups.cend(),
                                 [&key](const LabSecurityGroup& g) { return g.key == key; });
    return it == securityGroups.cend() ? nullptr : &*it;
}

} // namespace zenith
