#pragma once

#include "core/nullable.h"
#include "externalgatewayinfo.h"
#include "hostroute.h"
#include "router.h"

#include "core/requestspec.h"

namespace zenith {

//! PUT /v2.0/routers/{id}: changes the fields that are set; sets or clears the gateway.
struct UpdateRouterRequest
{
    using Response = Router;

    QString id;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<bool> adminStateUp;
    Nullable<ExternalGatewayInfo> externalGateway; //!< clearValue(): removes the gateway
    std::optional<QList<HostRoute>> routes;        //!< extra routes, replaced whole

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
