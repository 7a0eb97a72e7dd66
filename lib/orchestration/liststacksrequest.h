#pragma once

#include "stack.h"

#include "core/paging.h"
#include "core/requestspec.h"

namespace zenith {

//! GET /v1/{project_id}/stacks: the project's stacks (without outputs), filtered by name or tags.
struct ListStacksRequest
{
    using Response = Page<Stack>;

    std::optional<QString> name; //!< exact stack name
    std::optional<QString> tags; //!< stacks carrying all these tags (comma-separated)
    std::optional<QString> marker;
    std::optional<int> limit;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
