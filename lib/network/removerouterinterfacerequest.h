#pragma once

#include "routerinterface.h"

#include "core/requestspec.h"

#include <optional>

namespace zenith {

//! PUT /v2.0/routers/{id}/remove_router_interface: detaches the router from a subnet or port
//! (the router's port on it is deleted).
struct RemoveRouterInterfaceRequest
{
    using Response = RouterInterface;

    QString routerId;
    std::optional<QString> subnetId;
    std::optional<QString> portId;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
