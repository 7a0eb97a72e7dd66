#include "listnetworksrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListNetworksRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Network, HttpMethod::Get, QStringLiteral("networks"));
    addQuery(s, QStringLiteral("limit"), limit);
    addQuery(s, QStringLiteral("marker"), marker);
    addQuery(s, QStringLiteral("name"), name);
    addQuery(s, QStringLiteral("router:external"), routerExternal);
    addQuery(s, QStringLiteral("shared"), shared);
    addQuery(s, QStringLiteral("status"), status);
    addQuery(s, QStringLiteral("project_id"), projectId);
    addQuery(s, QStringLiteral("tags"), tags);
    return s;
}

Result<ListNetworksRequest::Response> ListNetworksRequest::parse(int, const QByteArray& body)
{
    return parsePage<Network>(body, u"networks", PageLinks::Suffixed);
}

} // namespace zenith
