#include "createsecuritygrouprequest.h"

#include "networkjson.h"

#include "core/replyparser.h"

namespace zenith {

RequestSpec CreateSecurityGroupRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Network, HttpMethod::Post, QStringLiteral("security-groups"));
    QJsonObject securityGroup;
    insertSecurityGroupFields(securityGroup, *this);
    setJsonBody(s, neutronBody(QStringLiteral("security_group"), securityGroup));
    return s;
}

Result<CreateSecurityGroupRequest::Response> CreateSecurityGroupRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<SecurityGroup>(body, u"security_group");
}

} // namespace zenith
