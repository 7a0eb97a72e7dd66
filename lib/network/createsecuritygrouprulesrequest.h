#pragma once

#include "createsecuritygrouprulerequest.h"

#include <QList>

namespace zenith {

//! POST /v2.0/security-group-rules with {"security_group_rules": [...]}: several rules of ONE
//! security group in one call (400 SecurityGroupNotSingleGroupRules otherwise). All or none: one
//! rule that exists already fails the whole call (409 SecurityGroupRuleExists), and so does the
//! same rule twice (409 DuplicateSecurityGroupRuleInPost).
struct CreateSecurityGroupRulesRequest
{
    using Response = QList<SecurityGroupRule>; //!< in the order of `rules`

    QList<CreateSecurityGroupRuleRequest> rules;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
