#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! POST /servers/{id}/action {"unlock": null}: lets non-admin users act on the server again (202).
struct UnlockServerRequest
{
    using Response = NoContent;

    QString id; //!< the server

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
