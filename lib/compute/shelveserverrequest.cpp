#include "shelveserverrequest.h"

#include "serverspec.h"

namespace zenith {

RequestSpec ShelveServerRequest::spec() const
{
    return serverActionSpec(id, QStringLiteral("shelve"));
}

Result<ShelveServerRequest::Response> ShelveServerRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
