#pragma once

#include "port.h"

#include "core/requestspec.h"

namespace zenith {

//! POST /v2.0/ports: a new port on a network, with chosen or allocated addresses.
struct CreatePortRequest
{
    using Response = Port;

    QString networkId;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<bool> adminStateUp;
    std::optional<QList<PortFixedIp>>
        fixedIps; //!< replaces the whole list (like `port set --fixed-ip` after `--no-fixed-ip`)
    std::optional<QStringList> securityGroups; //!< ids; an empty list removes them all
    std::optional<bool> portSecurityEnabled;   //!< false needs no security groups and no address pairs
    std::optional<QList<AllowedAddressPair>> allowedAddressPairs; //!< replaces the whole list
    std::optional<QString> deviceId;
    std::optional<QString> deviceOwner;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
