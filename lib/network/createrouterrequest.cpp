#include "createrouterrequest.h"

#include "networkjson.h"

#include "core/replyparser.h"

namespace zenith {

RequestSpec CreateRouterRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Network, HttpMethod::Post, QStringLiteral("routers"));
    QJsonObject router;
    insertRouterFields(router, *this);
    if (externalGateway)
        router.insert(QStringLiteral("external_gateway_info"), externalGateway->toJson());
    setJsonBody(s, neutronBody(QStringLiteral("router"), router));
    return s;
}

Result<CreateRouterRequest::Response> CreateRouterRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<Router>(body, u"router");
}

} // namespace zenith
