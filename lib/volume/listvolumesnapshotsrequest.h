#pragma once

#include "volumesnapshot.h"

#include "core/paging.h"
#include "core/requestspec.h"

namespace zenith {

//! GET /v3/{project}/snapshots/detail: the project's volume snapshots with their details, a page at a time.
struct ListVolumeSnapshotsRequest
{
    using Response = Page<VolumeSnapshot>;

    std::optional<int> limit;
    std::optional<QString> marker;   //!< a snapshot id
    std::optional<QString> name;     //!< exact name
    std::optional<QString> status;   //!< e.g. "available"
    std::optional<QString> volumeId; //!< snapshots of this volume only
    std::optional<QString> sort;     //!< "key:dir[,key:dir]"; sorting by "name" needs microversion 3.30

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
