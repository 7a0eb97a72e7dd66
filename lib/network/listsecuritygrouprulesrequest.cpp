#include "listsecuritygrouprulesrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListSecurityGroupRulesRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Network, HttpMethod::Get, QStringLiteral("security-group-rules"));
    addQuery(s, QStringLiteral("limit"), limit);
    addQuery(s, QStringLiteral("marker"), marker);
    addQuery(s, QStringLiteral("security_group_id"), securityGroupId);
    addQuery(s, QStringLiteral("direction"), direction);
    addQuery(s, QStringLiteral("protocol"), protocol);
    addQuery(s, QStringLiteral("ethertype"), ethertype);
    return s;
}

Result<ListSecurityGroupRulesRequest::Response> ListSecurityGroupRulesRequest::parse(int, const QByteArray& body)
{
    return parsePage<SecurityGroupRule>(body, u"security_group_rules", PageLinks::Suffixed);
}

} // namespace zenith
