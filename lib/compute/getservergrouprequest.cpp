#include "getservergrouprequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec GetServerGroupRequest::spec() const
{
    return makeSpec(ServiceType::Compute, HttpMethod::Get, QStringLiteral("os-server-groups/") + pathSegment(id));
}

Result<GetServerGroupRequest::Response> GetServerGroupRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<ServerGroup>(body, u"server_group");
}

} // namespace zenith
