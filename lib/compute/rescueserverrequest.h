#pragma once

#include "rescuedserver.h"

#include "core/requestspec.h"

#include <optional>

namespace zenith {

//! POST /servers/{id}/action {"rescue": ...}: boots the server from a rescue image with its own
//! disk attached (200 with the rescue root password); it goes RESCUE. 409 when already rescued.
struct RescueServerRequest
{
    using Response = RescuedServer;

    QString id;                            //!< the server
    std::optional<QString> adminPass;      //!< a secret: the rescue root password (else Nova makes one)
    std::optional<QString> rescueImageRef; //!< the image to boot (else the server's own image)

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
