#include "getsubnetrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec GetSubnetRequest::spec() const
{
    return makeSpec(ServiceType::Network, HttpMethod::Get, QStringLiteral("subnets/") + pathSegment(id));
}

Result<GetSubnetRequest::Response> GetSubnetRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<Subnet>(body, u"subnet");
}

} // namespace zenith
