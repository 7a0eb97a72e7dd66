#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! POST /servers/{id}/action {"os-start": null}: boots a SHUTOFF server (202);
//! it goes ACTIVE through task state powering-on. 409 unless the server is stopped.
struct StartServerRequest
{
    using Response = NoContent;

    QString id; //!< the server

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
