#pragma once

#include <QList>
#include <QString>

#include <compare>
#include <optional>

namespace zenith::demo::neutron {

//! An IPv4 or IPv6 address as a 128-bit number, for the pool and overlap arithmetic Neutron does
//! with netaddr.
struct IpAddress
{
    int version = 0; //!< 4 or 6; 0 when the text was no address
    quint64 high = 0;
    quint64 low = 0;

    //! "10.0.0.1" or "fd00::1"; an invalid address (version 0) for anything else.
    static IpAddress parse(const QString& text);
    bool isValid() const { return version != 0; }
    //! The address as Neutron prints it (IPv6 compressed, lower case).
    QString toString() const;
    //! The next and the previous address (no wrap-around checks: callers stay inside a network).
    IpAddress next() const;
    IpAddress previous() const;

    auto operator<=>(const IpAddress&) const = default;
};

//! A range of addresses, as an allocation pool: "10.12.0.10-10.12.255.250" when printed.
struct IpRange
{
    IpAddress first;
    IpAddress last;

    QString toString() const { return first.toString() + u'-' + last.toString(); }
    bool contains(const IpAddress& a) const { return a.version == first.version && first <= a && a <= last; }
    bool overlaps(const IpRange& o) const
    {
        return first.version == o.first.version && first <= o.last && o.first <= last;
    }
};

//! A network in CIDR notation: "10.12.0.0/16", "fd00:12::/64".
struct IpNetwork
{
    IpAddress address; //!< as given (host bits kept)
    int prefix = 0;

    //! "10.0.0.0/24", "10.0.0.0/255.255.255.0", "fd00::/64" or a bare address (a host network);
    //! nullopt for anything netaddr would refuse ("10.12.0.0/33", "not-a-cidr").
    static std::optional<IpNetwork> parse(const QString& text);
    int maxPrefix() const { return address.version == 4 ? 32 : 128; }
    IpAddress first() const;
    IpAddress last() const;
    IpRange range() const { return {first(), last()}; }
    bool contains(const IpAddress& a) const { return range().contains(a); }
    bool overlaps(const IpNetwork& o) const { return range().overlaps(o.range()); }
    //! "10.12.0.0/16": the network address and the prefix.
    QString cidr() const { return first().toString() + u'/' + QString::number(prefix); }
};

//! Neutron's pools when none are asked for: every usable address but the gateway's
//! (neutron/ipam/utils.py generate_pools).
QList<IpRange> generatePools(const IpNetwork& network, const std::optional<IpAddress>& gateway);

//! True when the gateway is the network's own address or its broadcast (IPv4), which Neutron
//! refuses (ipam/utils.py check_gateway_invalid_in_subnet).
bool gatewayInvalidInSubnet(const IpNetwork& network, const IpAddress& gateway);

} // namespace zenith::demo::neutron
