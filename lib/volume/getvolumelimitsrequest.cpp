#include "getvolumelimitsrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec GetVolumeLimitsRequest::spec() const
{
    return makeSpec(ServiceType::BlockStorage, HttpMethod::Get, QStringLiteral("limits"));
}

Result<GetVolumeLimitsRequest::Response> GetVolumeLimitsRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<VolumeLimits>(body, u"limits");
}

} // namespace zenith
