#pragma once

#include "network.h"

#include "core/requestspec.h"

namespace zenith {

//! GET /v2.0/networks/{id}: one network.
struct GetNetworkRequest
{
    using Response = Network;

    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
