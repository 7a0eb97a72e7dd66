#pragma once

#include "servergroup.h"

#include "core/requestspec.h"

namespace zenith {

//! GET /os-server-groups/{id}: one server group with its members.
struct GetServerGroupRequest
{
    using Response = ServerGroup;

    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
