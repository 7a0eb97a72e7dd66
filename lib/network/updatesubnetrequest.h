#pragma once

#include "core/nullable.h"
#include "subnet.h"

#include "core/requestspec.h"

namespace zenith {

//! PUT /v2.0/subnets/{id}: changes the fields that are set (lists are replaced whole).
struct UpdateSubnetRequest
{
    using Response = Subnet;

    QString id;
    std::optional<QString> name;
    std::optional<QString> description;
    Nullable<QString> gatewayIp;                          //!< left out: the first address; clearValue(): no gateway
    std::optional<QList<AllocationPool>> allocationPools; //!< left out: the whole range but the gateway
    std::optional<QStringList> dnsNameservers;
    std::optional<QList<HostRoute>> hostRoutes;
    std::optional<bool> enableDhcp;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
