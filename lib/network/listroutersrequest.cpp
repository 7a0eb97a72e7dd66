#include "listroutersrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListRoutersRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Network, HttpMethod::Get, QStringLiteral("routers"));
    addQuery(s, QStringLiteral("limit"), limit);
    addQuery(s, QStringLiteral("marker"), marker);
    addQuery(s, QStringLiteral("name"), name);
    addQuery(s, QStringLiteral("project_id"), projectId);
    return s;
}

Result<ListRoutersRequest::Response> ListRoutersRequest::parse(int, const QByteArray& body)
{
    return parsePage<Router>(body, u"routers", PageLinks::Suffixed);
}

} // namespace zenith
