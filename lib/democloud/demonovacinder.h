#pragma once

// What the simulated Nova does to Cinder's volumes (DemoState "<region>/volumes", stored in
// Cinder's API shape): the volumes it makes to boot from, and their attachments.

#include "demonovahost.h"

namespace zenith::demo::nova {

//! What Nova asks Cinder for when a block device needs a new volume.
struct VolumeSpec
{
    QString region;
    QString projectId;
    QString userId;
    int sizeGiB = 1;
    QString imageId; //!< empty for a blank volume
};

//! The volume Cinder made ("creating", available a moment later), or its refusal.
struct RequestedVolume
{
    QString id;
    QString refusal; //!< Cinder's message when it refused (quota, size smaller than the image...)
};

//! POST volumes as Nova sends it for a block device (no name): through Cinder's own checks, then
//! its volume service.
RequestedVolume requestVolume(DemoComputeHost& host, const VolumeSpec& spec);
//! DELETE volumes/{id} as Nova sends it for delete_on_termination: "deleting", then gone.
void deleteVolume(DemoComputeHost& host, const QString& region, const QString& volumeId);
//! Shows the volume as Cinder does once Nova attached it: "in-use" with one attachment.
void markInUse(DemoEnv& env, const QString& region, const QString& volumeId, const QString& serverId,
               const QString& device, const QString& attachmentId);
//! Sets a volume's status ("attaching", "detaching", "deleting"...).
void setVolumeStatus(DemoEnv& env, const QString& region, const QString& volumeId, const QString& status);
//! Back to "available" without attachments.
void markAvailable(DemoEnv& env, const QString& region, const QString& volumeId);

} // namespace zenith::demo::nova
