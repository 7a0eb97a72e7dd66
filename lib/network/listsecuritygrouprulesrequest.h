#pragma once

#include "securitygrouprule.h"

#include "core/paging.h"
#include "core/requestspec.h"

namespace zenith {

//! GET /v2.0/security-group-rules: rules, usually of one group, a page at a time.
struct ListSecurityGroupRulesRequest
{
    using Response = Page<SecurityGroupRule>;

    std::optional<int> limit;
    std::optional<QString> marker;
    std::optional<QString> securityGroupId;
    std::optional<QString> direction; //!< ingress, egress
    std::optional<QString> protocol;
    std::optional<QString> ethertype; //!< IPv4, IPv6

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
