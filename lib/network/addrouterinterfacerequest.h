#pragma once

#include "routerinterface.h"

#include "core/requestspec.h"

#include <optional>

namespace zenith {

//! PUT /v2.0/routers/{id}/add_router_interface: joins the router to a subnet (taking its gateway
//! address) or through a port of your own. Give exactly one of subnetId and portId.
struct AddRouterInterfaceRequest
{
    using Response = RouterInterface;

    QString routerId;
    std::optional<QString> subnetId;
    std::optional<QString> portId;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
