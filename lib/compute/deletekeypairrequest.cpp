#include "deletekeypairrequest.h"

#include "core/requestbuilder.h"

namespace zenith {

RequestSpec DeleteKeypairRequest::spec() const
{
    return makeSpec(ServiceType::Compute, HttpMethod::Delete, QStringLiteral("os-keypairs/") + pathSegment(name));
}

Result<DeleteKeypairRequest::Response> DeleteKeypairRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
