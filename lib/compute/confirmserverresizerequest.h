#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! POST /servers/{id}/action {"confirmResize": null}: keeps the new flavor of a
//! VERIFY_RESIZE server (204); it goes ACTIVE once the source host is cleaned up.
struct ConfirmServerResizeRequest
{
    using Response = NoContent;

    QString id; //!< the server

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
