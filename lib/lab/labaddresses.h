#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace zenith {

//! The fixed private addresses of the lab, decided before anything is created so that the
//! configuration files (HAProxy backends, bind9 zone, MariaDB bind address) can name them.
//! The first 64 addresses of the range hold the fixed ones; DHCP allocates from the rest, so a
//! DHCP port can never take an address a server needs.
struct LabAddresses
{
    QString network; //!< "10.12.0.0"
    int prefixLength = 0;
    QString gateway;    //!< first host (10.12.0.1): the load balancer's private port
    QString nameServer; //!< 10.12.0.2
    QString database;   //!< 10.12.0.3
    QStringList web;    //!< 10.12.0.11, 10.12.0.12, … one per web server
    QString poolStart;  //!< first address DHCP may hand out (network + 64)
    QString poolEnd;    //!< last one (broadcast - 1)

    //! The smallest prefix length accepted: the range must hold the fixed block and a pool.
    static constexpr int kLongestPrefix = 25;
    //! Most web servers a lab has (their addresses are network + 11 … network + 30).
    static constexpr int kMaxWebServers = 20;

    //! The addresses for an IPv4 `cidr` ("10.12.0.0/16") and `webCount` web servers; nothing when
    //! the text is not an IPv4 network with a prefix from 8 to kLongestPrefix or the count is out of range.
    static std::optional<LabAddresses> of(const QString& cidr, int webCount);
};

} // namespace zenith
