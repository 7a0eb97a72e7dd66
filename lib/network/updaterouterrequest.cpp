#include "updaterouterrequest.h"

#include "networkjson.h"

#include "core/replyparser.h"

namespace zenith {

RequestSpec UpdateRouterRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Network, HttpMethod::Put, QStringLiteral("routers/") + pathSegment(id));
    QJsonObject router;
    insertRouterFields(router, *this);
    insertRouterGateway(router, externalGateway);
    insertNeutronList(router, QStringLiteral("routes"), routes);
    setJsonBody(s, neutronBody(QStringLiteral("router"), router));
    return s;
}

Result<UpdateRouterRequest::Response> UpdateRouterRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<Router>(body, u"router");
}

} // namespace zenith
