#include "getportrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec GetPortRequest::spec() const
{
    return makeSpec(ServiceType::Network, HttpMethod::Get, QStringLiteral("ports/") + pathSegment(id));
}

Result<GetPortRequest::Response> GetPortRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<Port>(body, u"port");
}

} // namespace zenith
