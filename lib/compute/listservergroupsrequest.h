#pragma once

#include "servergroup.h"

#include "core/requestspec.h"

#include <QList>

namespace zenith {

//! GET /os-server-groups: the project's server groups. Nova pages this call by offset, not by
//! marker, and sends no next link: without a limit it answers up to its max_limit (1000).
struct ListServerGroupsRequest
{
    using Response = QList<ServerGroup>;

    std::optional<int> limit;
    std::optional<int> offset;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
