#include "ipaddress.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace zenith {

std::optional<IpAddress> IpAddress::parse(const QString& text)
{
    const QString t = text.trimmed();
    // QHostAddress takes inet_aton's short forms ("10.12" is 10.0.0.12): students mean something else.
    static const QRegularExpression dottedQuad(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    const bool v4 = dottedQuad.match(t).hasMatch();
    if (!v4 && !t.contains(u':'))
        return std::nullopt;
    QHostAddress host;
    if (!host.setAddress(t) || t.contains(u'%'))
        return std::nullopt;
    IpAddress ip;
    if (host.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v = host.toIPv4Address();
        for (int i = 0; i < 4; ++i)
            ip.bytes[12 + i] = quint8(v >> (24 - 8 * i));
        return ip;
    }
    ip.version = 6;
    const Q_IPV6ADDR v6 = host.toIPv6Address();
    for (int i = 0; i < 16; ++i)
        ip.bytes[i] = v6[i];
    return ip;
}

QString IpAddress::toString() const
{
    if (version == 4)
        return QHostAddress(quint32(bytes[12]) << 24 | quint32(bytes[13]) << 16 | quint32(bytes[14]) << 8 | bytes[15])
            .toString();
    Q_IPV6ADDR v6;
    for (int i = 0; i < 16; ++i)
        v6[i] = bytes[i];
    return QHostAddress(v6).toString();
}

IpAddress IpAddress::withHostBits(int prefix, bool one) const
{
    IpAddress out = *this;
    const int offset = 128 - width(); // IPv4 lives in the last 32 bits
    for (int bit = offset + prefix; bit < 128; ++bit) {
        const quint8 mask = quint8(0x80u >> (bit % 8));
        if (one)
            out.bytes[bit / 8] |= mask;
        else
            out.bytes[bit / 8] &= quint8(~mask);
    }
    return out;
}

std::optional<IpNetwork> IpNetwork::parse(const QString& text)
{
    const QString t = text.trimmed();
    const qsizetype slash = t.indexOf(u'/');
    if (slash < 0)
        return std::nullopt;
    const auto address = IpAddress::parse(t.left(slash));
    bool ok = false;
    const QString bits = t.mid(slash + 1);
    const int prefix = bits.toInt(&ok);
    if (!address || !ok || bits.isEmpty() || !bits.front().isDigit() || prefix < 0 || prefix > address->width())
        return std::nullopt;
    return IpNetwork{*address, prefix};
}

QString IpNetwork::toString() const
{
    return address.toString() + u'/' + QString::number(prefix);
}

bool IpNetwork::contains(const IpAddress& ip) const
{
    return ip.version == address.version && first() <= ip && ip <= last();
}

bool IpNetwork::overlaps(const IpNetwork& other) const
{
    return address.version == other.address.version && first() <= other.last() && other.first() <= last();
}

} // namespace zenith
