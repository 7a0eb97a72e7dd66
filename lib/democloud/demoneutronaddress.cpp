#include "demoneutronaddress.h"

#include <QHostAddress>
#include <QStringList>

namespace zenith::demo::neutron {

namespace {

// The host part of a network as (high, low) masks.
std::pair<quint64, quint64> hostMask(int version, int prefix)
{
    const int bits = (version == 4 ? 32 : 128) - prefix;
    const auto ones = [](int n) { return n >= 64 ? ~quint64(0) : (n <= 0 ? quint64(0) : (quint64(1) << n) - 1); };
    if (bits > 64)
        return {ones(bits - 64), ~quint64(0)};
    return {0, ones(bits)};
}

std::optional<int> prefixOf(const QString& text, int version)
{
    const int max = version == 4 ? 32 : 128;
    bool digits = !text.isEmpty() && text.size() <= 3;
    for (const QChar c : text)
        digits = digits && c.isDigit();
    if (digits) {
        const int prefix = text.toInt();
        return prefix <= max ? std::optional<int>(prefix) : std::nullopt;
    }
    // netaddr also takes an IPv4 netmask ("/255.255.255.0") when its bits are contiguous.
    const IpAddress mask = IpAddress::parse(text);
    if (version != 4 || mask.version != 4)
        return std::nullopt;
    const quint32 m = quint32(mask.low);
    const quint32 inverted = ~m;
    if ((inverted & (inverted + 1)) != 0)
        return std::nullopt;
    int prefix = 0;
    for (quint32 bit = 0x80000000u; bit && (m & bit); bit >>= 1)
        ++prefix;
    return prefix;
}

} // namespace

IpAddress IpAddress::parse(const QString& text)
{
    QHostAddress a;
    if (text.isEmpty() || text.contains(u'%') || text.trimmed() != text || !a.setAddress(text))
        return {};
    IpAddress out;
    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        out.version = 4;
        out.low = a.toIPv4Address();
        return out;
    }
    if (a.protocol() != QAbstractSocket::IPv6Protocol)
        return {};
    const Q_IPV6ADDR bytes = a.toIPv6Address();
    out.version = 6;
    for (int i = 0; i < 8; ++i) {
        out.high = (out.high << 8) | bytes[i];
        out.low = (out.low << 8) | bytes[8 + i];
    }
    return out;
}

QString IpAddress::toString() const
{
    if (version == 4)
        return QHostAddress(quint32(low)).toString();
    if (version != 6)
        return {};
    Q_IPV6ADDR bytes;
    for (int i = 0; i < 8; ++i) {
        bytes[i] = quint8(high >> (56 - 8 * i));
        bytes[8 + i] = quint8(low >> (56 - 8 * i));
    }
    return QHostAddress(bytes).toString();
}

IpAddress IpAddress::next() const
{
    IpAddress a = *this;
    if (++a.low == 0 && version == 6)
        ++a.high;
    return a;
}

IpAddress IpAddress::previous() const
{
    IpAddress a = *this;
    if (a.low-- == 0 && version == 6)
        --a.high;
    return a;
}

std::optional<IpNetwork> IpNetwork::parse(const QString& text)
{
    const QStringList parts = text.split(u'/');
    if (parts.size() > 2)
        return std::nullopt;
    IpNetwork network;
    network.address = IpAddress::parse(parts.first());
    if (!network.address.isValid())
        return std::nullopt;
    if (parts.size() == 1) {
        network.prefix = network.maxPrefix();
        return network;
    }
    const auto prefix = prefixOf(parts.last(), network.address.version);
    if (!prefix)
        return std::nullopt;
    network.prefix = *prefix;
    return network;
}

IpAddress IpNetwork::first() const
{
    const auto [high, low] = hostMask(address.version, prefix);
    IpAddress a = address;
    a.high &= ~high;
    a.low &= ~low;
    return a;
}

IpAddress IpNetwork::last() const
{
    const auto [high, low] = hostMask(address.version, prefix);
    IpAddress a = address;
    a.high |= high;
    a.low |= low;
    return a;
}

QList<IpRange> generatePools(const IpNetwork& network, const std::optional<IpAddress>& gateway)
{
    IpAddress first = network.first();
    IpAddress last = network.last();
    if (first == last)
        return {IpRange{first, last}};
    if (network.address.version == 6 || network.prefix <= 30) {
        first = first.next();
        if (network.address.version == 4)
            last = last.previous(); // the broadcast address
    }
    if (!gateway || !IpRange{first, last}.contains(*gateway))
        return {IpRange{first, last}};
    QList<IpRange> pools;
    if (*gateway != first)
        pools.append(IpRange{first, gateway->previous()});
    if (*gateway != last)
        pools.append(IpRange{gateway->next(), last});
    return pools;
}

bool gatewayInvalidInSubnet(const IpNetwork& network, const IpAddress& gateway)
{
    return network.address.version == 4 && gateway.version == 4 &&
           (gateway == network.first() || gateway == network.last());
}

} // namespace zenith::demo::neutron
