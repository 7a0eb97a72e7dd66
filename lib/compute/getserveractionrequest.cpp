#include "getserveractionrequest.h"

#include "serverspec.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec GetServerActionRequest::spec() const
{
    return makeSpec(ServiceType::Compute, HttpMethod::Get,
                    serverPath(serverId, QStringLiteral("/os-instance-actions/") + pathSegment(requestId)));
}

Result<GetServerActionRequest::Response> GetServerActionRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<ServerAction>(body, u"instanceAction");
}

} // namespace zenith
