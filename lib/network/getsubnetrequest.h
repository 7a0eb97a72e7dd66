#pragma once

#include "subnet.h"

#include "core/requestspec.h"

namespace zenith {

//! GET /v2.0/subnets/{id}: one subnet.
struct GetSubnetRequest
{
    using Response = Subnet;

    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
