#include "getnetworkrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec GetNetworkRequest::spec() const
{
    return makeSpec(ServiceType::Network, HttpMethod::Get, QStringLiteral("networks/") + pathSegment(id));
}

Result<GetNetworkRequest::Response> GetNetworkRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<Network>(body, u"network");
}

} // namespace zenith
