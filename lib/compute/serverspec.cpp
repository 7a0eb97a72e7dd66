#include "serverspec.h"

#include "core/requestbuilder.h"

namespace zenith {

QString serverPath(const QString& serverId, const QString& suffix)
{
    return QStringLiteral("servers/") + pathSegment(serverId) + suffix;
}

RequestSpec serverActionSpec(const QString& serverId, const QString& action, const QJsonValue& args)
{
    RequestSpec s = makeSpec(ServiceType::Compute, HttpMethod::Post, serverPath(serverId, QStringLiteral("/action")));
    setJsonBody(s, QJsonObject{{action, args}});
    return s;
}

} // namespace zenith
