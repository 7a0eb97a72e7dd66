#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! POST /servers/{id}/action {"revertResize": null}: goes back to the old flavor of
//! a VERIFY_RESIZE server (202); it goes REVERT_RESIZE, then ACTIVE.
struct RevertServerResizeRequest
{
    using Response = NoContent;

    QString id; //!< the server

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
