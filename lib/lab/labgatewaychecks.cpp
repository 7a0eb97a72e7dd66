#include "labgatewaychecks.h"

#include "labcheckresult.h"

#include <QHostAddress>

#include <algorithm>

namespace zenith {

namespace {

using Kind = LabCheck::Kind;

QString addressesOf(const Port& port)
{
    QStringList list;
    for (const PortFixedIp& ip : port.fixedIps)
        list.append(ip.ipAddress);
    return QStringLiteral("[") + list.join(u',') + QStringLiteral("]");
}

LabCheck twoPorts(const LabResolvedState& r)
{
    const Server* lb = r.server(QStringLiteral("lb"));
    if (!lb)
        return LabCheckResult::of(Kind::GatewayTwoPorts,
                                  {r.t.server(QStringLiteral("lb"))->name + QStringLiteral(": missing")});
    int onPublic = 0;
    int onPrivate = 0;
    QStringList others;
    for (const Port& port : r.c.ports) {
        if (port.deviceId != lb->id)
            continue;
        if (r.publicNetwork && port.networkId == r.publicNetwork->id)
            ++onPublic;
        else if (r.network && port.networkId == r.network->id)
            ++onPrivate;
        else
            others.append(port.name.isEmpty() ? port.id : port.name);
    }
    QStringList problems;
    if (onPublic != 1)
        problems.append(r.t.plan.publicNetwork + QStringLiteral(": ") + QString::number(onPublic) +
                        QStringLiteral(" ports"));
    if (onPrivate != 1)
        problems.append(r.t.networkName + QStringLiteral(": ") + QString::number(onPrivate) + QStringLiteral(" ports"));
    if (!others.isEmpty())
        problems.append(QStringLiteral("other ports: ") + others.join(u','));
    return LabCheckResult::of(Kind::GatewayTwoPorts, problems);
}

LabCheck fixedIp(const LabResolvedState& r)
{
    const Port* port = r.port(QStringLiteral("lb-private"));
    const QString& gateway = r.t.addresses.gateway;
    if (!port)
        return LabCheckResult::of(Kind::GatewayFixedIp,
                                  {r.t.plan.resourceName(QStringLiteral("lb-private")) + QStringLiteral(": missing")});
    const Server* lb = r.server(QStringLiteral("lb"));
    QStringList problems;
    if (!std::any_of(port->fixedIps.cbegin(), port->fixedIps.cend(),
                     [&gateway](const PortFixedIp& ip) { return ip.ipAddress == gateway; }))
        problems.append(port->name + QStringLiteral(": ") + addressesOf(*port) + QStringLiteral(" != ") + gateway);
    if (!lb || port->deviceId != lb->id)
        problems.append(port->name + QStringLiteral(": not attached to the gateway"));
    return problems.isEmpty() ? LabCheckResult::passed(Kind::GatewayFixedIp, gateway)
                              : LabCheckResult::of(Kind::GatewayFixedIp, problems);
}

LabCheck antiSpoofing(const LabResolvedState& r)
{
    const Port* port = r.port(QStringLiteral("lb-private"));
    if (!port)
        return LabCheckResult::of(Kind::GatewayAntiSpoofing,
                                  {r.t.plan.resourceName(QStringLiteral("lb-private")) + QStringLiteral(": missing")});
    if (r.t.plan.gatewaySpoofing == LabGatewaySpoofing::PortSecurityOff) {
        if (port->portSecurityEnabled.value_or(true))
            return LabCheckResult::of(Kind::GatewayAntiSpoofing,
                                      {port->name + QStringLiteral(": port_security_enabled true")});
        return LabCheckResult::passed(Kind::GatewayAntiSpoofing, QStringLiteral("port_security_enabled false"));
    }
    const bool pair = std::any_of(port->allowedAddressPairs.cbegin(), port->allowedAddressPairs.cend(),
                                  [](const AllowedAddressPair& p) { return p.ipAddress == u"0.0.0.0/0"; });
    // Port security off also lets the NATed replies through: not what was planned, but it works.
    if (pair || !port->portSecurityEnabled.value_or(true))
        return LabCheckResult::passed(Kind::GatewayAntiSpoofing, pair ? QStringLiteral("0.0.0.0/0")
                                                                      : QStringLiteral("port_security_enabled false"));
    QStringList pairs;
    for (const AllowedAddressPair& p : port->allowedAddressPairs)
        pairs.append(p.ipAddress);
    return LabCheckResult::of(Kind::GatewayAntiSpoofing,
                              {port->name + QStringLiteral(": allowed_address_pairs [") + pairs.join(u',') + u']'});
}

LabCheck subnetGateway(const LabResolvedState& r)
{
    const Subnet* subnet = r.subnet;
    if (!subnet)
        return LabCheckResult::of(Kind::SubnetGateway, {r.t.subnetName + QStringLiteral(": missing")});
    const LabAddresses& a = r.t.addresses;
    const QString cidr = a.network + u'/' + QString::number(a.prefixLength);
    QStringList problems;
    if (subnet->cidr != cidr)
        problems.append(QStringLiteral("cidr ") + subnet->cidr + QStringLiteral(" != ") + cidr);
    if (subnet->gatewayIp.value_or(QString()) != a.gateway)
        problems.append(QStringLiteral("gateway_ip ") + subnet->gatewayIp.value_or(QStringLiteral("null")) +
                        QStringLiteral(" != ") + a.gateway);
    const bool poolOk = subnet->allocationPools.size() == 1 &&
                        subnet->allocationPools.constFirst().start == a.poolStart &&
                        subnet->allocationPools.constFirst().end == a.poolEnd;
    if (!poolOk)
        problems.append(QStringLiteral("allocation pool != ") + a.poolStart + u'-' + a.poolEnd);
    if (!subnet->dnsNameservers.contains(a.nameServer))
        problems.append(QStringLiteral("dns_nameservers [") + subnet->dnsNameservers.join(u',') +
                        QStringLiteral("] lacks ") + a.nameServer);
    return problems.isEmpty() ? LabCheckResult::passed(Kind::SubnetGateway, a.gateway)
                              : LabCheckResult::of(Kind::SubnetGateway, problems);
}

LabCheck noPublicIp(const LabResolvedState& r)
{
    const auto [network, prefix] =
        QHostAddress::parseSubnet(r.t.addresses.network + u'/' + QString::number(r.t.addresses.prefixLength));
    QStringList problems;
    for (const LabServer& planned : r.t.servers) {
        if (planned.role == LabRole::LoadBalancer)
            continue;
        const Server* server = r.server(planned.key);
        if (!server)
            continue;
        for (auto it = server->addresses.cbegin(); it != server->addresses.cend(); ++it) {
            for (const ServerAddress& address : it.value()) {
                if (address.type == u"floating" || !QHostAddress(address.addr).isInSubnet(network, prefix))
                    problems.append(planned.name + QStringLiteral(": ") + address.addr + QStringLiteral(" on ") +
                                    it.key());
            }
        }
    }
    return LabCheckResult::of(Kind::NoPublicIpOnPrivateServers, problems);
}

QString publicAddress(const LabResolvedState& r)
{
    const Port* port = r.port(QStringLiteral("lb-public"));
    if (!port)
        return {};
    for (const PortFixedIp& ip : port->fixedIps) {
        if (QHostAddress(ip.ipAddress).protocol() == QAbstractSocket::IPv4Protocol)
            return ip.ipAddress;
    }
    return {};
}

LabCheck dnsRecords(const LabResolvedState& r)
{
    if (r.t.recordNames.isEmpty())
        return LabCheckResult::skipped(Kind::DnsRecordMatches, QStringLiteral("no-domain"));
    if (r.t.plan.dnsProvider != LabDnsProvider::Designate && !r.c.providerRecordsRead)
        return LabCheckResult::skipped(Kind::DnsRecordMatches, QStringLiteral("provider-not-readable"));
    const QString address = publicAddress(r);
    QStringList problems;
    if (address.isEmpty())
        problems.append(r.t.plan.resourceName(QStringLiteral("lb-public")) + QStringLiteral(": no address"));
    for (const QString& name : r.t.recordNames) {
        const auto it = std::find_if(r.c.records.cbegin(), r.c.records.cend(),
                                     [&name](const RecordSet& s) { return s.name == name && s.type == u"A"; });
        if (it == r.c.records.cend())
            problems.append(name + QStringLiteral(" A: missing"));
        else if (it->records != QStringList{address})
            problems.append(name + QStringLiteral(" A [") + it->records.join(u',') + QStringLiteral("] != ") + address);
    }
    return problems.isEmpty() ? LabCheckResult::passed(Kind::DnsRecordMatches, address)
                              : LabCheckResult::of(Kind::DnsRecordMatches, problems);
}

LabCheck serverGroup(const LabResolvedState& r)
{
    const auto it = std::find_if(r.c.serverGroups.cbegin(), r.c.serverGroups.cend(),
                                 [&r](const ServerGroup& g) { return g.name == r.t.serverGroupName; });
    if (it == r.c.serverGroups.cend())
        return LabCheckResult::of(Kind::ServerGroup, {r.t.serverGroupName + QStringLiteral(": missing")});
    const QString policy = r.t.plan.webPolicy == LabServerGroupPolicy::AntiAffinity
                               ? QStringLiteral("anti-affinity")
                               : QStringLiteral("soft-anti-affinity");
    QStringList problems;
    const QString actual = it->policy.isEmpty() ? it->policies.value(0) : it->policy;
    if (actual != policy)
        problems.append(it->name + QStringLiteral(": policy ") + actual + QStringLiteral(" != ") + policy);
    for (const LabServer& planned : r.t.servers) {
        const Server* server = planned.inServerGroup ? r.server(planned.key) : nullptr;
        if (server && !it->members.contains(server->id))
            problems.append(planned.name + QStringLiteral(": not a member"));
    }
    return problems.isEmpty() ? LabCheckResult::passed(Kind::ServerGroup, it->id)
                              : LabCheckResult::of(Kind::ServerGroup, problems);
}

} // namespace

QList<LabCheck> LabGatewayChecks::run(const LabResolvedState& r)
{
    return {twoPorts(r), fixedIp(r), antiSpoofing(r), subnetGateway(r), noPublicIp(r), dnsRecords(r), serverGroup(r)};
}

} // namespace zenith
