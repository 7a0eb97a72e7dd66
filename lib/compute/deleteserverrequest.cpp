#include "deleteserverrequest.h"

#include "serverspec.h"

#include "core/requestbuilder.h"

namespace zenith {

RequestSpec DeleteServerRequest::spec() const
{
    return makeSpec(ServiceType::Compute, HttpMethod::Delete, serverPath(id));
}

Result<DeleteServerRequest::Response> DeleteServerRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
