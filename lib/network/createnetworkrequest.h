#pragma once

#include "network.h"

#include "core/requestspec.h"

namespace zenith {

//! POST /v2.0/networks: a new network (add a subnet to give it addresses).
struct CreateNetworkRequest
{
    using Response = Network;

    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<bool> adminStateUp;
    std::optional<bool> portSecurityEnabled; //!< the default of the network's new ports
    std::optional<int> mtu;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
