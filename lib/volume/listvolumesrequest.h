#pragma once

#include "volume.h"

#include "core/paging.h"
#include "core/requestspec.h"

namespace zenith {

//! GET /v3/{project}/volumes/detail: the project's volumes with their details, a page at a time.
struct ListVolumesRequest
{
    using Response = Page<Volume>;

    std::optional<int> limit;
    std::optional<QString> marker; //!< a volume id
    std::optional<QString> name;   //!< exact name
    std::optional<QString> status; //!< e.g. "available"
    std::optional<QString> sort;   //!< "key:dir[,key:dir]", e.g. "name:asc" (default "created_at:desc")

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
