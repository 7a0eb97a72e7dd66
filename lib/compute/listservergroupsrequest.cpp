#include "listservergroupsrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListServerGroupsRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Compute, HttpMethod::Get, QStringLiteral("os-server-groups"));
    addQuery(s, QStringLiteral("limit"), limit);
    addQuery(s, QStringLiteral("offset"), offset);
    return s;
}

Result<ListServerGroupsRequest::Response> ListServerGroupsRequest::parse(int, const QByteArray& body)
{
    return parseList<ServerGroup>(body, u"server_groups");
}

} // namespace zenith
