#pragma once

#include "servergroup.h"

#include "core/requestspec.h"

namespace zenith {

//! POST /os-server-groups: creates a server group (200), in the 2.64 form: one `policy` and
//! optional `rules`. Nova refuses rules on any policy but anti-affinity (400), and an unknown policy (400).
struct CreateServerGroupRequest
{
    using Response = ServerGroup;

    QString name;
    QString policy;                      //!< affinity, anti-affinity, soft-affinity, soft-anti-affinity
    std::optional<int> maxServerPerHost; //!< rules.max_server_per_host, anti-affinity only

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
