#pragma once

#include "securitygroup.h"

#include "core/requestspec.h"

namespace zenith {

//! POST /v2.0/security-groups: a new group; Neutron adds egress rules for IPv4 and IPv6.
struct CreateSecurityGroupRequest
{
    using Response = SecurityGroup;

    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<bool> stateful;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
