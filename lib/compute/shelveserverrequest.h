#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! POST /servers/{id}/action {"shelve": null}: snapshots and stops a server (202);
//! it goes SHELVED, then SHELVED_OFFLOADED (at once where shelved_offload_time is 0), freeing its host.
struct ShelveServerRequest
{
    using Response = NoContent;

    QString id; //!< the server

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
