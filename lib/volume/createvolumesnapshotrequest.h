#pragma once

#include "volumesnapshot.h"

#include "core/requestspec.h"

#include <QMap>

#include <optional>

namespace zenith {

//! POST /v3/{project}/snapshots: a snapshot of a volume (202, "creating", then "available").
struct CreateVolumeSnapshotRequest
{
    using Response = VolumeSnapshot;

    QString volumeId;
    std::optional<QString> name;
    std::optional<QString> description;
    //! Snapshot an attached (in-use) volume: required up to microversion 3.65, so always with ours.
    bool force = false;
    std::optional<QMap<QString, QString>> metadata;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
