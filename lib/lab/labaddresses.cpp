#include "labaddresses.h"

#include <QHostAddress>

namespace zenith {

namespace {

QString ipv4(quint32 address)
{
    return QHostAddress(address).toString();
}

} // namespace

std::optional<LabAddresses> LabAddresses::of(const QString& cidr, int webCount)
{
    if (webCount < 1 || webCount > kMaxWebServers)
        return std::nullopt;
    const QString trimmed = cidr.trimmed();
    if (!trimmed.contains(u'/'))
        return std::nullopt;
    const auto [network, prefix] = QHostAddress::parseSubnet(trimmed);
    if (network.protocol() != QAbstractSocket::IPv4Protocol || prefix < 8 || prefix > kLongestPrefix)
        return std::nullopt;
    const quint32 base = network.toIPv4Address();
    const quint32 size = quint32(1) << (32 - prefix);
    // parseSubnet clears host bits: "10.12.0.5/16" is read as 10.12.0.0/16, which a student did not type.
    if (QHostAddress(trimmed.section(u'/', 0, 0)).toIPv4Address() != base)
        return std::nullopt;

    LabAddresses addresses;
    addresses.network = ipv4(base);
    addresses.prefixLength = prefix;
    addresses.gateway = ipv4(base + 1);
    addresses.nameServer = ipv4(base + 2);
    addresses.database = ipv4(base + 3);
    for (int i = 0; i < webCount; ++i)
        addresses.web.append(ipv4(base + 11 + quint32(i)));
    addresses.poolStart = ipv4(base + 64);
    addresses.poolEnd = ipv4(base + size - 2);
    return addresses;
}

} // namespace zenith
