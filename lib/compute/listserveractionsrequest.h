#pragma once

#include "serveraction.h"

#include "core/paging.h"
#include "core/requestspec.h"

#include <optional>

namespace zenith {

//! GET /servers/{id}/os-instance-actions: what was done to a server, newest first (without
//! events). Pages from microversion 2.58 with limit and marker (a request id).
struct ListServerActionsRequest
{
    using Response = Page<ServerAction>;

    QString serverId;
    std::optional<int> limit;      //!< needs 2.58
    std::optional<QString> marker; //!< the request id of the last action seen; needs 2.58

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
