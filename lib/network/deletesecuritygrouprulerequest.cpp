#include "deletesecuritygrouprulerequest.h"

#include "core/requestbuilder.h"

namespace zenith {

RequestSpec DeleteSecurityGroupRuleRequest::spec() const
{
    return makeSpec(ServiceType::Network, HttpMethod::Delete,
                    QStringLiteral("security-group-rules/") + pathSegment(id));
}

Result<DeleteSecurityGroupRuleRequest::Response> DeleteSecurityGroupRuleRequest::parse(int status,
                                                                                       const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
