#pragma once

#include "core/result.h"

#include <QJsonObject>

#include <optional>

namespace zenith {

//! The project's block-storage quotas and usage (GET limits, "absolute" part). A maximum of -1 means unlimited.
struct VolumeLimits
{
    int maxTotalVolumes = 0;
    int totalVolumesUsed = 0;
    int maxTotalVolumeGigabytes = 0;
    int totalGigabytesUsed = 0;
    int maxTotalSnapshots = 0;
    int totalSnapshotsUsed = 0;
    std::optional<int> maxTotalBackups; //!< nullopt when the cloud does not report backups
    std::optional<int> totalBackupsUsed;
    std::optional<int> maxTotalBackupGigabytes;
    std::optional<int> totalBackupGigabytesUsed;

    //! Reads the object inside {"limits": ...}: its "absolute" member (the "rate" list is always empty in v3).
    static Result<VolumeLimits> fromJson(const QJsonObject& json);
};

} // namespace zenith
