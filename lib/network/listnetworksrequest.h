#pragma once

#include "network.h"

#include "core/paging.h"
#include "core/requestspec.h"

namespace zenith {

//! GET /v2.0/networks: the networks the project can see (its own, shared and external ones), a page at a time.
struct ListNetworksRequest
{
    using Response = Page<Network>;

    std::optional<int> limit;
    std::optional<QString> marker;
    std::optional<QString> name;        //!< exact name
    std::optional<bool> routerExternal; //!< "router:external": true finds the networks for gateways and floating IPs
    std::optional<bool> shared;
    std::optional<QString> status; //!< e.g. "ACTIVE"
    std::optional<QString> projectId;
    std::optional<QString> tags; //!< resources carrying all these tags (comma-separated)

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
