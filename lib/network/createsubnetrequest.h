#pragma once

#include "core/nullable.h"
#include "subnet.h"

#include "core/requestspec.h"

namespace zenith {

//! POST /v2.0/subnets: a new address range on a network.
struct CreateSubnetRequest
{
    using Response = Subnet;

    QString networkId;
    QString cidr; //!< "10.12.0.0/16"
    int ipVersion = 4;
    std::optional<QString> name;
    std::optional<QString> description;
    Nullable<QString> gatewayIp;                          //!< left out: the first address; clearValue(): no gateway
    std::optional<QList<AllocationPool>> allocationPools; //!< left out: the whole range but the gateway
    std::optional<QStringList> dnsNameservers;
    std::optional<QList<HostRoute>> hostRoutes;
    std::optional<bool> enableDhcp;
    std::optional<QString> ipv6RaMode; //!< slaac, dhcpv6-stateful, dhcpv6-stateless
    std::optional<QString> ipv6AddressMode;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
