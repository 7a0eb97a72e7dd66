#pragma once

#include "network.h"

#include "core/requestspec.h"

namespace zenith {

//! PUT /v2.0/networks/{id}: changes the fields that are set.
struct UpdateNetworkRequest
{
    using Response = Network;

    QString id;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<bool> adminStateUp;
    std::optional<bool> portSecurityEnabled; //!< the default of the network's new ports
    std::optional<int> mtu;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
