#include "getcomputelimitsrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec GetComputeLimitsRequest::spec() const
{
    return makeSpec(ServiceType::Compute, HttpMethod::Get, QStringLiteral("limits"));
}

Result<GetComputeLimitsRequest::Response> GetComputeLimitsRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<ComputeLimits>(body, u"limits");
}

} // namespace zenith
