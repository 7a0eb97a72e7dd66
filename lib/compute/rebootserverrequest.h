#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! POST /servers/{id}/action {"reboot": {"type": "SOFT"|"HARD"}}: reboots a server (202).
//! It goes REBOOT (soft) or HARD_REBOOT, then ACTIVE. A hard reboot also works on a SHUTOFF server.
struct RebootServerRequest
{
    using Response = NoContent;

    //! SOFT asks the guest to restart; HARD power-cycles it.
    enum class Type { Soft, Hard };

    QString id; //!< the server
    Type type = Type::Soft;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
