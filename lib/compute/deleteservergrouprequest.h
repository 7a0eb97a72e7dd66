#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! DELETE /os-server-groups/{id}: deletes a server group (204); its servers keep running.
struct DeleteServerGroupRequest
{
    using Response = NoContent;

    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
