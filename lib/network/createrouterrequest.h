#pragma once

#include "externalgatewayinfo.h"
#include "router.h"

#include "core/requestspec.h"

namespace zenith {

//! POST /v2.0/routers: a new router, with a gateway on an external network if one is given.
struct CreateRouterRequest
{
    using Response = Router;

    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<bool> adminStateUp;
    std::optional<ExternalGatewayInfo> externalGateway;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
