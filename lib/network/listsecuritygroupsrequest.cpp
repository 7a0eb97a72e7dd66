#include "listsecuritygroupsrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListSecurityGroupsRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Network, HttpMethod::Get, QStringLiteral("security-groups"));
    addQuery(s, QStringLiteral("limit"), limit);
    addQuery(s, QStringLiteral("marker"), marker);
    addQuery(s, QStringLiteral("name"), name);
    addQuery(s, QStringLiteral("project_id"), projectId);
    addQuery(s, QStringLiteral("tags"), tags);
    return s;
}

Result<ListSecurityGroupsRequest::Response> ListSecurityGroupsRequest::parse(int, const QByteArray& body)
{
    return parsePage<SecurityGroup>(body, u"security_groups", PageLinks::Suffixed);
}

} // namespace zenith
