#pragma once

#include "volumesnapshot.h"

#include "core/requestspec.h"

namespace zenith {

//! GET /v3/{project}/snapshots/{id}: one volume snapshot (what waiters poll).
struct GetVolumeSnapshotRequest
{
    using Response = VolumeSnapshot;

    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
