#include "rebootserverrequest.h"

#include "serverspec.h"

namespace zenith {

RequestSpec RebootServerRequest::spec() const
{
    const QString name = type == Type::Hard ? QStringLiteral("HARD") : QStringLiteral("SOFT");
    return serverActionSpec(id, QStringLiteral("reboot"), QJsonObject{{QStringLiteral("type"), name}});
}

Result<RebootServerRequest::Response> RebootServerRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
