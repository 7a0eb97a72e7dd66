#include "portform.h"

#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

namespace zenith {

namespace {

bool samePairs(const QList<AllowedAddressPair>& a, const QList<AllowedAddressPair>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const AllowedAddressPair& x, const AllowedAddressPair& y) {
                          return x.ipAddress == y.ipAddress && x.macAddress == y.macAddress;
                      });
}

bool sameIps(const QList<PortFixedIp>& a, const QList<PortFixedIp>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const PortFixedIp& x, const PortFixedIp& y) {
        return x.subnetId == y.subnetId && x.ipAddress == y.ipAddress;
    });
}

QList<PortCommand::AddressPair> commandPairs(const QList<AllowedAddressPair>& pairs)
{
    QList<PortCommand::AddressPair> out;
    for (const AllowedAddressPair& p : pairs)
        out.append({p.ipAddress, p.macAddress});
    return out;
}

QString nameOr(const QHash<QString, QString>& names, const QString& id)
{
    const QString name = names.value(id);
    return name.isEmpty() ? id : name;
}

// QHostAddress takes inet_aton's short forms ("10.12.0" is 10.12.0.0): a student who typed three
// parts made a mistake, so IPv4 must be written with its four parts.
bool parseAddress(const QString& text, QHostAddress* address)
{
    static const QRegularExpression dotted(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    if (!text.contains(u':') && !dotted.match(text).hasMatch())
        return false;
    return address->setAddress(text);
}

} // namespace

bool PortForm::isMacAddress(const QString& mac)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}$"));
    return re.match(mac).hasMatch();
}

QString PortForm::fixedIpProblem(const QString& address, const QString& cidr)
{
    QHostAddress ip;
    if (!parseAddress(address.trimmed(), &ip))
        //: %1 is what the user typed as an IP address
        return tr("%1 is not an IP address (for example 10.12.0.1).").arg(address);
    const auto [network, prefix] = QHostAddress::parseSubnet(cidr);
    if (prefix < 0)
        return {}; // the subnet's CIDR is Neutron's: nothing to check it against
    if (ip.protocol() != network.protocol())
        //: %1 an address, %2 a subnet's CIDR such as 10.12.0.0/16
        return tr("%1 is not of the same IP version as the subnet %2.").arg(address, cidr);
    if (!ip.isInSubnet(network, prefix))
        return tr("%1 is outside the subnet %2: choose an address inside it.").arg(address, cidr);
    if (ip.protocol() == QAbstractSocket::IPv4Protocol && prefix < 31) {
        const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
        const quint32 value = ip.toIPv4Address();
        if ((value & ~mask) == 0)
            //: %1 an address such as 10.12.0.0, %2 the subnet's CIDR
            return tr("%1 is the address of the subnet %2 itself: no interface can have it.").arg(address, cidr);
        if ((value & ~mask) == ~mask)
            return tr("%1 is the broadcast address of the subnet %2: no interface can have it.").arg(address, cidr);
    }
    return {};
}

QString PortForm::addressPairProblem(const QString& ipOrCidr, const QString& mac)
{
    const QString text = ipOrCidr.trimmed();
    if (text.isEmpty())
        return tr("Enter an IP address or a CIDR (0.0.0.0/0 lets the port forward any IPv4 traffic).");
    if (text.contains(u'/')) {
        const auto [network, prefix] = QHostAddress::parseSubnet(text);
        QHostAddress typed;
        if (prefix < 0 || !parseAddress(text.section(u'/', 0, 0), &typed))
            //: %1 is what the user typed as a CIDR
            return tr("%1 is not a valid CIDR: write an address, a slash and a prefix length (for example 10.12.0.0/16 "
                      "or 0.0.0.0/0).")
                .arg(text);
        if (typed != network)
            //: %1 typed CIDR, %2 the network address it should start with
            return tr("%1 has host bits set: the network of this prefix is %2.")
                .arg(text, network.toString() + u'/' + QString::number(prefix));
    } else if (QHostAddress ip; !parseAddress(text, &ip)) {
        return tr("%1 is not an IP address or a CIDR.").arg(text);
    }
    if (!mac.trimmed().isEmpty() && !isMacAddress(mac.trimmed()))
        //: %1 is what the user typed as a MAC address
        return tr("%1 is not a MAC address (six pairs of hexadecimal digits, for example fa:16:3e:12:34:56).")
            .arg(mac.trimmed());
    return {};
}

QList<PortProblem> PortForm::validate() const
{
    QList<PortProblem> problems;
    if (networkId.isEmpty())
        problems.append({PortProblem::Field::Network, -1, tr("Choose the network the port is on.")});
    QSet<QString> seen;
    for (int row = 0; row < fixedIps.size(); ++row) {
        const PortFormFixedIp& ip = fixedIps.at(row);
        if (ip.subnetId.isEmpty()) {
            problems.append({PortProblem::Field::FixedIps, row, tr("Choose a subnet for each fixed IP.")});
            continue;
        }
        if (ip.ipAddress.trimmed().isEmpty())
            continue;
        if (const QString why = fixedIpProblem(ip.ipAddress, ip.subnetCidr); !why.isEmpty()) {
            problems.append({PortProblem::Field::FixedIps, row, why});
            continue;
        }
        const QString address = QHostAddress(ip.ipAddress.trimmed()).toString();
        if (seen.contains(address))
            //: %1 an IP address listed twice
            problems.append({PortProblem::Field::FixedIps, row, tr("%1 is listed twice.").arg(address)});
        seen.insert(address);
    }
    for (int row = 0; row < allowedAddressPairs.size(); ++row) {
        const AllowedAddressPair& pair = allowedAddressPairs.at(row);
        if (const QString why = addressPairProblem(pair.ipAddress, pair.macAddress); !why.isEmpty())
            problems.append({PortProblem::Field::AddressPairs, row, why});
    }
    if (!portSecurity && !clearForPortSecurityOff) {
        if (!securityGroupIds.isEmpty())
            problems.append({PortProblem::Field::SecurityGroups, -1,
                             tr("Port security cannot be turned off while the port has security groups: remove them "
                                "too (Neutron refuses otherwise).")});
        if (!allowedAddressPairs.isEmpty())
            problems.append({PortProblem::Field::AddressPairs, -1,
                             tr("Port security cannot be turned off while the port has allowed address pairs: remove "
                                "them too (Neutron refuses otherwise).")});
    }
    return problems;
}

QStringList PortForm::effectiveGroupIds() const
{
    return portSecurity ? securityGroupIds : QStringList();
}

QList<AllowedAddressPair> PortForm::effectivePairs() const
{
    if (portSecurity)
        return allowedAddressPairs;
    return {};
}

static QList<PortFixedIp> requestIps(const QList<PortFormFixedIp>& rows)
{
    QList<PortFixedIp> ips;
    for (const PortFormFixedIp& row : rows)
        ips.append({row.subnetId, row.ipAddress.trimmed()});
    return ips;
}

static QList<AllowedAddressPair> trimmedPairs(const QList<AllowedAddressPair>& pairs)
{
    QList<AllowedAddressPair> out;
    for (const AllowedAddressPair& p : pairs)
        out.append({p.ipAddress.trimmed(), p.macAddress.trimmed().toLower()});
    return out;
}

CreatePortRequest PortForm::createRequest() const
{
    CreatePortRequest r;
    r.networkId = networkId;
    if (!name.trimmed().isEmpty())
        r.name = name.trimmed();
    if (!fixedIps.isEmpty())
        r.fixedIps = requestIps(fixedIps);
    if (!portSecurity)
        r.portSecurityEnabled = false;
    // Left out, Neutron gives the project's default group: send the choice only when it differs.
    r.securityGroups = effectiveGroupIds();
    const QList<AllowedAddressPair> pairs = trimmedPairs(effectivePairs());
    if (!pairs.isEmpty())
        r.allowedAddressPairs = pairs;
    return r;
}

UpdatePortRequest PortForm::updateRequest(const Port& before) const
{
    UpdatePortRequest r;
    r.id = before.id;
    if (name.trimmed() != before.name)
        r.name = name.trimmed();
    const QList<PortFixedIp> ips = requestIps(fixedIps);
    if (!sameIps(ips, before.fixedIps))
        r.fixedIps = ips;
    if (effectiveGroupIds() != before.securityGroups)
        r.securityGroups = effectiveGroupIds();
    const QList<AllowedAddressPair> pairs = trimmedPairs(effectivePairs());
    if (!samePairs(pairs, before.allowedAddressPairs))
        r.allowedAddressPairs = pairs;
    if (portSecurity != before.portSecurityEnabled.value_or(true))
        r.portSecurityEnabled = portSecurity;
    return r;
}

QString PortForm::createCommand() const
{
    PortCommand::Create c;
    c.network = networkName.isEmpty() ? networkId : networkName;
    c.name = name.trimmed();
    for (const PortFormFixedIp& ip : fixedIps)
        c.fixedIps.append({ip.subnetName.isEmpty() ? ip.subnetId : ip.subnetName, ip.ipAddress.trimmed()});
    if (!portSecurity)
        c.portSecurity = false;
    QStringList groups;
    for (int i = 0; portSecurity && i < securityGroupIds.size(); ++i)
        groups << securityGroupNames.value(i, securityGroupIds.at(i));
    c.securityGroups = groups;
    c.allowedAddressPairs = commandPairs(trimmedPairs(effectivePairs()));
    return PortCommand::create(c);
}

QString PortForm::setCommand(const Port& before, const QHash<QString, QString>& subnetNames,
                             const QHash<QString, QString>& groupNames) const
{
    const UpdatePortRequest r = updateRequest(before);
    PortCommand::Set s;
    s.port = portLabel.isEmpty() ? before.id : portLabel;
    s.name = r.name;
    const auto commandIps = [&](const QList<PortFixedIp>& ips) {
        QList<PortCommand::FixedIp> out;
        for (const PortFixedIp& ip : ips)
            out.append({nameOr(subnetNames, ip.subnetId), ip.ipAddress});
        return out;
    };
    const auto commandGroups = [&](const QStringList& ids) {
        QStringList out;
        for (const QString& id : ids)
            out << nameOr(groupNames, id);
        return out;
    };
    s.fixedIpsBefore = commandIps(before.fixedIps);
    if (r.fixedIps)
        s.fixedIps = commandIps(*r.fixedIps);
    s.securityGroupsBefore = commandGroups(before.securityGroups);
    if (r.securityGroups)
        s.securityGroups = commandGroups(*r.securityGroups);
    s.allowedAddressPairsBefore = commandPairs(before.allowedAddressPairs);
    if (r.allowedAddressPairs)
        s.allowedAddressPairs = commandPairs(*r.allowedAddressPairs);
    s.portSecurity = r.portSecurityEnabled;
    return PortCommand::set(s);
}

} // namespace zenith
