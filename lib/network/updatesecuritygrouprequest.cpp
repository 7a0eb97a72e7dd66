#include "updatesecuritygrouprequest.h"

#include "networkjson.h"

#include "core/replyparser.h"

namespace zenith {

RequestSpec UpdateSecurityGroupRequest::spec() const
{
    RequestSpec s =
        makeSpec(ServiceType::Network, HttpMethod::Put, QStringLiteral("security-groups/") + pathSegment(id));
    QJsonObject securityGroup;
    insertSecurityGroupFields(securityGroup, *this);
    setJsonBody(s, neutronBody(QStringLiteral("security_group"), securityGroup));
    return s;
}

Result<UpdateSecurityGroupRequest::Response> UpdateSecurityGroupRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<SecurityGroup>(body, u"security_group");
}

} // namespace zenith
