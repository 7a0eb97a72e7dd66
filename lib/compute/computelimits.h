#pragma once

#include "core/result.h"

#include <QJsonObject>

#include <optional>

namespace zenith {

//! The project's compute quotas and usage ("absolute" limits of GET /limits). -1 means unlimited.
struct ComputeLimits
{
    int maxTotalCores = 0;
    int maxTotalInstances = 0;
    qint64 maxTotalRAMSize = 0; //!< MiB
    int totalCoresUsed = 0;
    int totalInstancesUsed = 0;
    qint64 totalRAMUsed = 0; //!< MiB
    std::optional<int> maxServerGroups;
    std::optional<int> maxServerGroupMembers;
    std::optional<int> totalServerGroupsUsed;
    std::optional<int> maxTotalKeypairs;
    std::optional<int> maxServerMeta;

    //! Reads the "limits" object: {"rate": [], "absolute": {...}}.
    static Result<ComputeLimits> fromJson(const QJsonObject& json);
};

} // namespace zenith
