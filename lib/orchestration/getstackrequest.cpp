#include "getstackrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec GetStackRequest::spec() const
{
    // By name alone Heat answers 302 to the name/id URL; both parts spare that round trip.
    return makeSpec(ServiceType::Orchestration, HttpMethod::Get,
                    QStringLiteral("stacks/") + pathSegment(name) + u'/' + pathSegment(id));
}

Result<GetStackRequest::Response> GetStackRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<Stack>(body, u"stack");
}

} // namespace zenith
