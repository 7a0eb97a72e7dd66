#pragma once

#include "port.h"

#include "core/paging.h"
#include "core/requestspec.h"

namespace zenith {

//! GET /v2.0/ports: the project's ports, filtered, a page at a time.
struct ListPortsRequest
{
    using Response = Page<Port>;

    std::optional<int> limit;
    std::optional<QString> marker;
    std::optional<QString> networkId;
    std::optional<QString> deviceId;    //!< the server or router
    std::optional<QString> deviceOwner; //!< e.g. "network:router_interface"
    std::optional<QString> name;
    std::optional<QString> ipAddress; //!< sent as fixed_ips=ip_address=<address>
    std::optional<QString> subnetId;  //!< sent as fixed_ips=subnet_id=<id>
    std::optional<QString> tags;      //!< resources carrying all these tags (comma-separated)

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
