#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

#include <optional>

namespace zenith {

//! POST /servers/{id}/action {"unshelve": null}: brings a SHELVED or SHELVED_OFFLOADED server
//! back (202); it goes through task states unshelving and spawning to ACTIVE.
struct UnshelveServerRequest
{
    using Response = NoContent;

    QString id;                              //!< the server
    std::optional<QString> availabilityZone; //!< needs microversion 2.77; an offloaded server only

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
