#pragma once

#include "flavor.h"

#include "core/paging.h"
#include "core/requestspec.h"

namespace zenith {

//! GET /flavors/detail: the flavors the project may use, with their sizes, a page at a time.
struct ListFlavorsRequest
{
    using Response = Page<Flavor>;

    std::optional<int> limit;
    std::optional<QString> marker;  //!< a flavor id
    std::optional<QString> sortKey; //!< "name", "memory_mb", "vcpus", "root_gb", "flavorid" (default)
    std::optional<QString> sortDir; //!< "asc" (default) or "desc"
    std::optional<int> minRam;      //!< MiB: only flavors with at least this much RAM
    std::optional<int> minDisk;     //!< GiB: only flavors with at least this root disk

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
