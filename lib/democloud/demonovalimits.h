#pragma once

// The simulated Nova's quotas and what counts against them (GET limits), and its one
// availability zone (GET os-availability-zone).

#include "demoservice.h"

#include <optional>

namespace zenith::demo::nova {

//! A project's compute quotas: Nova's defaults unless DemoState "<region>/quotas" holds an item
//! "nova/<project_id>" with some of these keys ("instances": 20...).
struct ComputeQuota
{
    int instances = 10;
    int cores = 20;
    int ram = 51200; //!< MiB
    int metadataItems = 128;
    int keyPairs = 100;
    int serverGroups = 10;
    int serverGroupMembers = 10;
};

//! What a project uses.
struct ComputeUsage
{
    int instances = 0;
    int cores = 0;
    int ram = 0;
    int serverGroups = 0;
};

ComputeQuota quotaOf(const DemoEnv& env, const QString& region, const QString& projectId);
ComputeUsage usageOf(const DemoEnv& env, const QString& region, const QString& projectId);

//! How many of min..max servers of this flavor the project may still make (max when it can);
//! nullopt with `error` set to Nova's 403 "Quota exceeded for instances: Requested 1, but
//! already used 10 of 10 instances" when not even `minCount` fit.
std::optional<int> allowedInstances(const DemoEnv& env, const QString& region, const QString& projectId,
                                    const QJsonObject& flavor, int minCount, int maxCount, DemoReply* error);

//! GET limits and GET os-availability-zone.
void addLimitRoutes(DemoRouter& router, DemoEnv& env);

} // namespace zenith::demo::nova
