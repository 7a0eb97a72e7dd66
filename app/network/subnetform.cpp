#include "subnetform.h"

#include "ipaddress.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace zenith {

namespace {

using Field = SubnetProblem::Field;

IpAddress next(IpAddress ip)
{
    for (int i = 15; i >= 0; --i) {
        if (++ip.bytes[i] != 0)
            break;
    }
    return ip;
}

QStringList lines(const QString& text)
{
    QStringList out;
    for (const QString& line : text.split(u'\n'))
        out << line.trimmed();
    return out;
}

// "a - b", "a-b", "a,b", "a – b": the two ends of a pool.
QStringList poolEnds(const QString& line)
{
    static const QRegularExpression separator(QStringLiteral("[\\s,\\x{2013}-]+"));
    return line.split(separator, Qt::SkipEmptyParts);
}

// "dest via hop", "dest,hop", "dest -> hop", "dest hop".
QStringList routeParts(QString line)
{
    static const QRegularExpression separator(QStringLiteral("\\s*(?:,|->|\\bvia\\b|\\s)\\s*"));
    return line.split(separator, Qt::SkipEmptyParts);
}

QStringList dnsWords(const QString& text)
{
    static const QRegularExpression separator(QStringLiteral("[\\s,;]+"));
    return text.split(separator, Qt::SkipEmptyParts);
}

struct Pool
{
    IpAddress start;
    IpAddress end;
};

} // namespace

QList<SubnetProblem> SubnetForm::validate(const QList<Subnet>& others, const QString& editedId,
                                          const QHash<QString, QString>& networkNames) const
{
    QList<SubnetProblem> problems;
    if (newNetwork && networkName.trimmed().isEmpty())
        problems.append({Field::NetworkName, tr("Give the network a name, for example lab-net.")});
    checkCidr(&problems, others, editedId, networkNames);
    // The other checks need a good range.
    for (const SubnetProblem& p : std::as_const(problems)) {
        if (p.field == Field::Cidr)
            return problems;
    }
    checkGateway(&problems);
    checkPools(&problems);
    checkDns(&problems);
    checkRoutes(&problems);
    return problems;
}

void SubnetForm::checkCidr(QList<SubnetProblem>* problems, const QList<Subnet>& others, const QString& editedId,
                           const QHash<QString, QString>& networkNames) const
{
    const QString text = cidr.trimmed();
    if (text.isEmpty()) {
        problems->append({Field::Cidr, tr("Enter the subnet's range in CIDR notation, for example 10.12.0.0/16.")});
        return;
    }
    const auto range = IpNetwork::parse(text);
    if (!range) {
        problems->append({Field::Cidr, tr("“%1” is not a range in CIDR notation: write the first address, a slash "
                                          "and the prefix length, for example 10.12.0.0/16.")
                                           .arg(text)});
        return;
    }
    if (!range->isCanonical()) {
        //: %1 is what was typed, %2 the range it denotes, e.g. 10.12.0.0/16
        problems->append({Field::Cidr, tr("“%1” does not start its range: did you mean %2?")
                                           .arg(text, IpNetwork{range->first(), range->prefix}.toString())});
        return;
    }
    const int longest = range->address.version == 4 ? 30 : 126;
    if (range->prefix > longest) {
        problems->append({Field::Cidr, tr("A /%1 range leaves no address for instances: use /%2 or shorter, for "
                                          "example /24.")
                                           .arg(range->prefix)
                                           .arg(longest)});
        return;
    }
    if (!editedId.isEmpty())
        return; // Neutron does not change a subnet's range: nothing new can overlap
    for (const Subnet& other : others) {
        const auto otherRange = IpNetwork::parse(other.cidr);
        if (other.id == editedId || !otherRange || !range->overlaps(*otherRange))
            continue;
        const QString network = networkNames.value(other.networkId, other.networkId);
        const QString subnet = other.name.isEmpty() ? other.id : other.name;
        //: %1 the new range, %2 the range it overlaps, %3 that subnet's name, %4 its network's name
        problems->append({Field::Cidr, tr("%1 overlaps %2, the range of subnet “%3” on network “%4”: "
                                          "choose a range that shares no address with it.")
                                           .arg(range->toString(), other.cidr, subnet, network)});
        return;
    }
}

void SubnetForm::checkGateway(QList<SubnetProblem>* problems) const
{
    if (gateway != Gateway::Address)
        return;
    const auto range = IpNetwork::parse(cidr);
    const QString text = gatewayAddress.trimmed();
    if (text.isEmpty()) {
        problems->append({Field::Gateway, tr("Enter the gateway's address, or choose “No gateway”.")});
        return;
    }
    const auto ip = IpAddress::parse(text);
    if (!ip) {
        problems->append({Field::Gateway, tr("“%1” is not an IP address.").arg(text)});
        return;
    }
    if (!range->contains(*ip)) {
        //: %3 is an example address, the range's first usable one
        problems->append({Field::Gateway, tr("The gateway %1 is outside %2: give an address of the subnet, "
                                             "for example %3.")
                                              .arg(text, range->toString(), next(range->first()).toString())});
        return;
    }
    if (range->address.version == 4 && (*ip == range->first() || *ip == range->last())) {
        problems->append({Field::Gateway, tr("%1 is the network or broadcast address of %2, which no host can use: "
                                             "give another address, for example %3.")
                                              .arg(text, range->toString(), next(range->first()).toString())});
    }
}

void SubnetForm::checkPools(QList<SubnetProblem>* problems) const
{
    const auto range = IpNetwork::parse(cidr);
    const bool v4 = range->address.version == 4;
    // IPv4 ranges lose their network and broadcast addresses.
    const IpAddress firstUsable = v4 ? next(range->first()) : range->first();
    IpAddress lastUsable = range->last();
    if (v4)
        lastUsable.bytes[15] -= 1;
    std::optional<IpAddress> gatewayIp;
    if (gateway == Gateway::Default)
        gatewayIp = next(range->first());
    else if (gateway == Gateway::Address)
        gatewayIp = IpAddress::parse(gatewayAddress);

    QList<Pool> pools;
    const QStringList all = lines(this->pools);
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).isEmpty())
            continue;
        const QStringList ends = poolEnds(all.at(i));
        const auto start = ends.size() == 2 ? IpAddress::parse(ends.at(0)) : std::nullopt;
        const auto end = ends.size() == 2 ? IpAddress::parse(ends.at(1)) : std::nullopt;
        if (!start || !end) {
            problems->append({Field::Pools, tr("Line %1 of the allocation pools, “%2”, is not a range: write its first "
                                               "and last address, for example 10.12.0.10 - 10.12.0.200.")
                                                .arg(i + 1)
                                                .arg(all.at(i))});
            continue;
        }
        const QString shown = start->toString() + u" – " + end->toString();
        if (*end < *start) {
            problems->append({Field::Pools, tr("The pool %1 ends before it starts.").arg(shown)});
            continue;
        }
        if (!range->contains(*start) || !range->contains(*end) || *start < firstUsable || lastUsable < *end) {
            //: %1 the pool, %2 the subnet's range, %3 and %4 its first and last usable address
            problems->append(
                {Field::Pools, tr("The pool %1 is not inside %2: it must lie between %3 and %4.")
                                   .arg(shown, range->toString(), firstUsable.toString(), lastUsable.toString())});
            continue;
        }
        if (gatewayIp && *start <= *gatewayIp && *gatewayIp <= *end) {
            problems->append({Field::Pools, tr("The pool %1 holds the gateway %2, which Neutron would then hand to an "
                                               "instance: make the pool start after it or end before it.")
                                                .arg(shown, gatewayIp->toString())});
            continue;
        }
        for (const Pool& other : std::as_const(pools)) {
            if (*start <= other.end && other.start <= *end) {
                problems->append(
                    {Field::Pools, tr("The pools %1 and %2 overlap.")
                                       .arg(shown, other.start.toString() + u" – " + other.end.toString())});
                break;
            }
        }
        pools.append({*start, *end});
    }
}

void SubnetForm::checkDns(QList<SubnetProblem>* problems) const
{
    const QStringList servers = dnsWords(dns);
    QSet<QString> seen;
    for (const QString& server : servers) {
        const auto ip = IpAddress::parse(server);
        if (!ip) {
            problems->append({Field::Dns, tr("“%1” is not an IP address: DNS name servers are given by address, for "
                                             "example 1.1.1.1.")
                                              .arg(server)});
            return;
        }
        if (seen.contains(ip->toString())) {
            problems->append({Field::Dns, tr("%1 is listed twice among the DNS name servers.").arg(server)});
            return;
        }
        seen.insert(ip->toString());
    }
    if (servers.size() > maxDnsServers)
        problems->append({Field::Dns, tr("A subnet takes at most %1 DNS name servers.").arg(maxDnsServers)});
}

void SubnetForm::checkRoutes(QList<SubnetProblem>* problems) const
{
    const QStringList all = lines(routes);
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).isEmpty())
            continue;
        const QStringList parts = routeParts(all.at(i));
        const auto destination = parts.size() == 2 ? IpNetwork::parse(parts.at(0)) : std::nullopt;
        const auto nexthop = parts.size() == 2 ? IpAddress::parse(parts.at(1)) : std::nullopt;
        if (!destination || !nexthop || !destination->isCanonical()) {
            problems->append({Field::Routes, tr("Line %1 of the host routes, “%2”, is not a route: write the "
                                                "destination range and the next hop, for example "
                                                "192.168.0.0/24 via 10.12.0.254.")
                                                 .arg(i + 1)
                                                 .arg(all.at(i))});
        }
    }
}

QList<AllocationPool> SubnetForm::allocationPools() const
{
    QList<AllocationPool> out;
    for (const QString& line : lines(pools)) {
        const QStringList ends = poolEnds(line);
        if (ends.size() == 2)
            out.append({ends.at(0), ends.at(1)});
    }
    return out;
}

QStringList SubnetForm::dnsServers() const
{
    return dnsWords(dns);
}

QList<HostRoute> SubnetForm::hostRoutes() const
{
    QList<HostRoute> out;
    for (const QString& line : lines(routes)) {
        const QStringList parts = routeParts(line);
        if (parts.size() == 2)
            out.append({parts.at(0), parts.at(1)});
    }
    return out;
}

CreateSubnetRequest SubnetForm::createRequest(const QString& networkId) const
{
    CreateSubnetRequest r;
    r.networkId = networkId;
    r.cidr = cidr.trimmed();
    r.ipVersion = IpNetwork::parse(r.cidr).value_or(IpNetwork{}).address.version;
    if (!name.trimmed().isEmpty())
        r.name = name.trimmed();
    if (gateway == Gateway::Address)
        r.gatewayIp = std::optional<QString>(gatewayAddress.trimmed());
    else if (gateway == Gateway::None)
        r.gatewayIp = clearValue<QString>();
    if (const auto list = allocationPools(); !list.isEmpty())
        r.allocationPools = list;
    if (const auto list = dnsServers(); !list.isEmpty())
        r.dnsNameservers = list;
    if (const auto list = hostRoutes(); !list.isEmpty())
        r.hostRoutes = list;
    r.enableDhcp = dhcp;
    return r;
}
} // namespace zenith
