#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! DELETE /v3/{project}/snapshots/{id}: deletes a volume snapshot (202; it goes "deleting", then 404).
struct DeleteVolumeSnapshotRequest
{
    using Response = NoContent;

    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
