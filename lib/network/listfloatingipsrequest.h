#pragma once

#include "floatingip.h"

#include "core/paging.h"
#include "core/requestspec.h"

namespace zenith {

//! GET /v2.0/floatingips: the project's floating IPs, a page at a time.
struct ListFloatingIpsRequest
{
    using Response = Page<FloatingIp>;

    std::optional<int> limit;
    std::optional<QString> marker;
    std::optional<QString> floatingNetworkId;
    std::optional<QString> portId;
    std::optional<QString> routerId;
    std::optional<QString> floatingIpAddress;
    std::optional<QString> status;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
