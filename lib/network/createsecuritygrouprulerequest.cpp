#include "createsecuritygrouprulerequest.h"

#include "networkjson.h"

#include "core/replyparser.h"

namespace zenith {

RequestSpec CreateSecurityGroupRuleRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Network, HttpMethod::Post, QStringLiteral("security-group-rules"));
    setJsonBody(s, neutronBody(QStringLiteral("security_group_rule"), toJson()));
    return s;
}

QJsonObject CreateSecurityGroupRuleRequest::toJson() const
{
    QJsonObject securityGroupRule;
    securityGroupRule.insert(QStringLiteral("security_group_id"), securityGroupId);
    securityGroupRule.insert(QStringLiteral("direction"), direction);
    securityGroupRule.insert(QStringLiteral("ethertype"), ethertype);
    insertIfSet(securityGroupRule, QStringLiteral("protocol"), protocol);
    insertIfSet(securityGroupRule, QStringLiteral("port_range_min"), portRangeMin);
    insertIfSet(securityGroupRule, QStringLiteral("port_range_max"), portRangeMax);
    insertIfSet(securityGroupRule, QStringLiteral("remote_ip_prefix"), remoteIpPrefix);
    insertIfSet(securityGroupRule, QStringLiteral("remote_group_id"), remoteGroupId);
    insertIfSet(securityGroupRule, QStringLiteral("description"), description);
    return securityGroupRule;
}

Result<CreateSecurityGroupRuleRequest::Response> CreateSecurityGroupRuleRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<SecurityGroupRule>(body, u"security_group_rule");
}

} // namespace zenith
