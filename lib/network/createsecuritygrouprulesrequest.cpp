#include "createsecuritygrouprulesrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

#include <QJsonArray>

namespace zenith {

RequestSpec CreateSecurityGroupRulesRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Network, HttpMethod::Post, QStringLiteral("security-group-rules"));
    QJsonArray array;
    for (const CreateSecurityGroupRuleRequest& rule : rules)
        array.append(rule.toJson());
    setJsonBody(s, QJsonObject{{QStringLiteral("security_group_rules"), array}});
    return s;
}

Result<CreateSecurityGroupRulesRequest::Response> CreateSecurityGroupRulesRequest::parse(int, const QByteArray& body)
{
    return parseList<SecurityGroupRule>(body, u"security_group_rules");
}

} // namespace zenith
