#include "listserverinterfacesrequest.h"

#include "serverspec.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListServerInterfacesRequest::spec() const
{
    return makeSpec(ServiceType::Compute, HttpMethod::Get, serverPath(serverId, QStringLiteral("/os-interface")));
}

Result<ListServerInterfacesRequest::Response> ListServerInterfacesRequest::parse(int, const QByteArray& body)
{
    return parseList<ServerInterface>(body, u"interfaceAttachments");
}

} // namespace zenith
