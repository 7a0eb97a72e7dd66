#include "getfloatingiprequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec GetFloatingIpRequest::spec() const
{
    return makeSpec(ServiceType::Network, HttpMethod::Get, QStringLiteral("floatingips/") + pathSegment(id));
}

Result<GetFloatingIpRequest::Response> GetFloatingIpRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<FloatingIp>(body, u"floatingip");
}

} // namespace zenith
