#pragma once

#include "networkquota.h"

#include "core/requestspec.h"

namespace zenith {

//! GET /v2.0/quotas/{project_id}/details.json: each Neutron quota of a project with its use.
//! A member may read their own project's.
struct GetNetworkQuotaRequest
{
    using Response = NetworkQuota;

    QString projectId;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
