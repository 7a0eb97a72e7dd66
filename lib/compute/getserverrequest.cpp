#include "getserverrequest.h"

#include "serverspec.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec GetServerRequest::spec() const
{
    return makeSpec(ServiceType::Compute, HttpMethod::Get, serverPath(id));
}

Result<GetServerRequest::Response> GetServerRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<Server>(body, u"server");
}

} // namespace zenith
