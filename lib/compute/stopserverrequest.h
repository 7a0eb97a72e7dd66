#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! POST /servers/{id}/action {"os-stop": null}: shuts an ACTIVE (or ERROR) server down
//! (202); it goes SHUTOFF through task state powering-off. 409 when already stopped.
struct StopServerRequest
{
    using Response = NoContent;

    QString id; //!< the server

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
