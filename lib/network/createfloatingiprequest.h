#pragma once

#include "floatingip.h"

#include "core/requestspec.h"

namespace zenith {

//! POST /v2.0/floatingips: allocates a public address, associated to a port if one is given.
struct CreateFloatingIpRequest
{
    using Response = FloatingIp;

    QString floatingNetworkId;
    std::optional<QString> portId;
    std::optional<QString> fixedIpAddress;    //!< which of the port's addresses, when it has several
    std::optional<QString> floatingIpAddress; //!< a chosen address (policy may forbid it)
    std::optional<QString> subnetId;          //!< the external subnet to allocate from
    std::optional<QString> description;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
