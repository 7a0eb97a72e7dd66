#include "removerouterinterfacerequest.h"

#include "networkjson.h"

namespace zenith {

RequestSpec RemoveRouterInterfaceRequest::spec() const
{
    RequestSpec s =
        makeSpec(ServiceType::Network, HttpMethod::Put,
                 QStringLiteral("routers/") + pathSegment(routerId) + QStringLiteral("/remove_router_interface"));
    setJsonBody(s, routerInterfaceBody(*this));
    return s;
}

Result<RemoveRouterInterfaceRequest::Response> RemoveRouterInterfaceRequest::parse(int, const QByteArray& body)
{
    // Unlike the rest of Neutron, this reply is not wrapped in {"router": ...}.
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    return RouterInterface::fromJson(json.value());
}

} // namespace zenith
