#include "getsecuritygrouprequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec GetSecurityGroupRequest::spec() const
{
    return makeSpec(ServiceType::Network, HttpMethod::Get, QStringLiteral("security-groups/") + pathSegment(id));
}

Result<GetSecurityGroupRequest::Response> GetSecurityGroupRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<SecurityGroup>(body, u"security_group");
}

} // namespace zenith
