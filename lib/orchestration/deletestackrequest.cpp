#include "deletestackrequest.h"

#include "core/requestbuilder.h"

namespace zenith {

RequestSpec DeleteStackRequest::spec() const
{
    return makeSpec(ServiceType::Orchestration, HttpMethod::Delete,
                    QStringLiteral("stacks/") + pathSegment(name) + u'/' + pathSegment(id));
}

Result<DeleteStackRequest::Response> DeleteStackRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
