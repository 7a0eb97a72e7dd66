#pragma once

#include "router.h"

#include "core/paging.h"
#include "core/requestspec.h"

namespace zenith {

//! GET /v2.0/routers: the project's routers, a page at a time.
struct ListRoutersRequest
{
    using Response = Page<Router>;

    std::optional<int> limit;
    std::optional<QString> marker;
    std::optional<QString> name;
    std::optional<QString> projectId;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
