#include "getflavorrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec GetFlavorRequest::spec() const
{
    return makeSpec(ServiceType::Compute, HttpMethod::Get, QStringLiteral("flavors/") + pathSegment(id));
}

Result<GetFlavorRequest::Response> GetFlavorRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<Flavor>(body, u"flavor");
}

} // namespace zenith
