#pragma once

#include "allocationpool.h"
#include "hostroute.h"

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace zenith {

//! A Neutron subnet: an IPv4 or IPv6 range of a network, its gateway and what DHCP hands out.
struct Subnet
{
    QString id;
    QString name;
    QString networkId;
    QString cidr;
    int ipVersion = 4;
    std::optional<QString> gatewayIp; //!< nullopt: the subnet has no gateway
    QList<AllocationPool> allocationPools;
    QStringList dnsNameservers;
    QList<HostRoute> hostRoutes;
    bool enableDhcp = true;
    std::optional<QString> ipv6RaMode;      //!< slaac, dhcpv6-stateful, dhcpv6-stateless
    std::optional<QString> ipv6AddressMode; //!< slaac, dhcpv6-stateful, dhcpv6-stateless
    std::optional<QString> subnetpoolId;
    QStringList tags;
    QString projectId;
    QString description;
    QDateTime createdAt;
    QDateTime updatedAt;

    static Result<Subnet> fromJson(const QJsonObject& json);
};

} // namespace zenith
