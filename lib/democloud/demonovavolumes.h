#pragma once

// A server's volumes in the simulated Nova: block_device_mapping_v2 at creation (boot from
// volume), os-volume_attachments, and what happens to the volumes when the server goes.

#include "demonovahost.h"

#include <optional>

namespace zenith::demo::nova {

//! Checks a create request's block_device_mapping_v2 and returns what to make at build time;
//! nullopt with `error` set when Nova refuses. `bootsFromVolume` tells whether one of them is the root disk.
std::optional<QJsonArray> checkBlockDevices(DemoEnv& env, const DemoRequest& request, bool* bootsFromVolume,
                                            DemoReply* error);
//! At build time: asks Cinder for the volumes the server boots from (once). Empty when done, else the fault.
QString requestBootVolumes(DemoComputeHost& host, const QString& region, const QString& serverId);
//! At the end of the build: attaches the server's volumes once Cinder made them; true when done,
//! false when one failed (the fault is set), nullopt while one is still "creating".
std::optional<bool> attachBootVolumes(DemoComputeHost& host, const QString& region, const QString& serverId);
//! When the server goes: its volumes are detached, or deleted with delete_on_termination.
void releaseVolumes(DemoComputeHost& host, const QString& region, const QJsonObject& server);
//! After a load: volumes caught attaching or detaching end where they were going.
void settleVolumes(DemoEnv& env);

//! os-volume_attachments: list, show, attach, detach.
void addVolumeAttachmentRoutes(DemoRouter& router, DemoComputeHost& host);

} // namespace zenith::demo::nova
