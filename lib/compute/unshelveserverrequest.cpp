#include "unshelveserverrequest.h"

#include "serverspec.h"

namespace zenith {

RequestSpec UnshelveServerRequest::spec() const
{
    if (!availabilityZone)
        return serverActionSpec(id, QStringLiteral("unshelve"));
    RequestSpec s = serverActionSpec(id, QStringLiteral("unshelve"),
                                     QJsonObject{{QStringLiteral("availability_zone"), *availabilityZone}});
    s.minMicroversion = Microversion{2, 77};
    return s;
}

Result<UnshelveServerRequest::Response> UnshelveServerRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
