#pragma once

namespace zenith {

//! What the Instances pane can do to servers: one QAction each in InstanceActions.
enum class InstanceAction {
    Start,
    Stop,
    SoftReboot,
    HardReboot,
    Delete,
    Shelve,
    Unshelve,
    Lock,
    Unlock,
    Rescue,
    Unrescue,
    Snapshot,
    Resize,
    ConfirmResize,
    RevertResize,
    Console,
    AttachInterface,
    DetachInterface,
    AttachVolume,
    DetachVolume,
    AssociateFloatingIp,
    ReleaseFloatingIp,
};

inline constexpr int instanceActionCount = static_cast<int>(InstanceAction::ReleaseFloatingIp) + 1;

} // namespace zenith
