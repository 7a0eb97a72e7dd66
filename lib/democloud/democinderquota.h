#pragma once

#include "demorequest.h"
#include "demostate.h"

#include <optional>

namespace zenith::demo::cinder {

//! A project's Cinder quotas: the dev cloud's defaults unless DemoState "<region>/quotas" holds an
//! item "volume:<project_id>" that sets them with Cinder's quota_set names ("volumes", "snapshots",
//! "gigabytes", "backups", "backup_gigabytes"; -1 is unlimited).
struct CinderQuota
{
    int volumes = 10;
    int snapshots = 10;
    int gigabytes = 1000;
    int backups = 10;
    int backupGigabytes = 1000;

    static CinderQuota of(const DemoState& state, const QString& region, const QString& projectId);
};

//! What a project holds: every volume and snapshot not yet gone counts, snapshots towards the
//! gigabytes too (Cinder's default, no_snapshot_gb_quota = false).
struct CinderUsage
{
    int volumes = 0;
    int snapshots = 0;
    int gigabytes = 0;

    static CinderUsage of(const DemoState& state, const QString& region, const QString& projectId);
};

//! What a request wants to add to the project's usage.
struct CinderReservation
{
    int volumes = 0;
    int snapshots = 0;
    int gigabytes = 0;
};

//! Cinder's 413 when the reservation does not fit (the count is checked before the gigabytes,
//! as Cinder walks its reservation), nullopt when it does.
std::optional<DemoReply> refuseOverQuota(const DemoState& state, const DemoRequest& request,
                                         const CinderReservation& wanted);

//! GET limits: {"limits": {"rate": [], "absolute": {...}}}.
QJsonObject limitsBody(const DemoState& state, const DemoRequest& request);

} // namespace zenith::demo::cinder
