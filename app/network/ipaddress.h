#pragma once

#include <QString>

#include <array>
#include <compare>
#include <optional>

namespace zenith {

//! An IPv4 or IPv6 address or CIDR as plain bytes, for the subnet form's range arithmetic
//! (containment, overlap, order). IPv4 is held in the last 4 of 16 bytes; addresses of different
//! versions never compare equal or contain each other.
struct IpAddress
{
    int version = 4;
    std::array<quint8, 16> bytes{};

    //! Dotted-quad IPv4 (all four parts) or any IPv6 text; nullopt for anything else.
    static std::optional<IpAddress> parse(const QString& text);
    QString toString() const;
    auto operator<=>(const IpAddress&) const = default;

    //! The address with its last `bits` bits (of 32 or 128) set to `one`.
    IpAddress withHostBits(int prefix, bool one) const;
    int width() const { return version == 4 ? 32 : 128; }
};

//! A network range "10.12.0.0/16".
struct IpNetwork
{
    IpAddress address; //!< as typed: may have host bits set
    int prefix = 0;

    //! "a.b.c.d/n" or "ipv6/n"; nullopt when either part is malformed.
    static std::optional<IpNetwork> parse(const QString& text);
    QString toString() const;
    //! The range's first address (host bits cleared).
    IpAddress first() const { return address.withHostBits(prefix, false); }
    //! The range's last address (IPv4: the broadcast address).
    IpAddress last() const { return address.withHostBits(prefix, true); }
    //! True when the address as typed is the network address (no host bits set).
    bool isCanonical() const { return address == first(); }
    bool contains(const IpAddress& ip) const;
    bool overlaps(const IpNetwork& other) const;
};

} // namespace zenith
