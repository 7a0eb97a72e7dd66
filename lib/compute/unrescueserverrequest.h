#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! POST /servers/{id}/action {"unrescue": null}: boots a RESCUE server from its own disk
//! again (202); it goes ACTIVE.
struct UnrescueServerRequest
{
    using Response = NoContent;

    QString id; //!< the server

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
