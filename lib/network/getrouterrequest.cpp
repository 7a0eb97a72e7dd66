#include "getrouterrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec GetRouterRequest::spec() const
{
    return makeSpec(ServiceType::Network, HttpMethod::Get, QStringLiteral("routers/") + pathSegment(id));
}

Result<GetRouterRequest::Response> GetRouterRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<Router>(body, u"router");
}

} // namespace zenith
