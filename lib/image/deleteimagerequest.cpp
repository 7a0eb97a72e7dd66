#include "deleteimagerequest.h"

#include "core/requestbuilder.h"

namespace zenith {

RequestSpec DeleteImageRequest::spec() const
{
    return makeSpec(ServiceType::Image, HttpMethod::Delete, QStringLiteral("images/") + pathSegment(id));
}

Result<DeleteImageRequest::Response> DeleteImageRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
