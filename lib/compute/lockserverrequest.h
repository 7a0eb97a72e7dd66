#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

#include <optional>

namespace zenith {

//! POST /servers/{id}/action {"lock": ...}: stops non-admin users from acting on the server,
//! deleting it included (409 "Instance ... is locked"), until it is unlocked (202).
struct LockServerRequest
{
    using Response = NoContent;

    QString id;                    //!< the server
    std::optional<QString> reason; //!< locked_reason; needs microversion 2.73

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
