#pragma once

#include "securitygroup.h"

#include "core/requestspec.h"

namespace zenith {

//! GET /v2.0/security-groups/{id}: one security group with its rules.
struct GetSecurityGroupRequest
{
    using Response = SecurityGroup;

    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
