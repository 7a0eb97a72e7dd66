#pragma once

#include "securitygroup.h"

#include "core/requestspec.h"

namespace zenith {

//! PUT /v2.0/security-groups/{id}: changes the fields that are set.
struct UpdateSecurityGroupRequest
{
    using Response = SecurityGroup;

    QString id;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<bool> stateful;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
