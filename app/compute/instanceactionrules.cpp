#include "instanceactionrules.h"

#include <QStringList>

namespace zenith {

namespace {

bool in(const QString& status, std::initializer_list<QStringView> statuses)
{
    for (QStringView s : statuses) {
        if (status == s)
            return true;
    }
    return false;
}

bool hasFloatingAddress(const Server& server)
{
    for (const QList<ServerAddress>& list : server.addresses) {
        for (const ServerAddress& address : list) {
            if (address.type == u"floating")
                return true;
        }
    }
    return false;
}

// Nova lets a hard reboot interrupt a reboot (or a pause/suspend) that hangs: the way out for a
// guest stuck in REBOOT.
bool hardRebootInterrupts(const QString& taskState)
{
    return in(taskState, {u"rebooting", u"reboot_pending", u"reboot_started", u"rebooting_hard", u"resuming",
                          u"unpausing", u"pausing", u"suspending"});
}

bool allowsByStatus(InstanceAction action, const Server& server)
{
    const QString& s = server.status;
    switch (action) {
    case InstanceAction::Start: return s == u"SHUTOFF";
    case InstanceAction::Stop: return in(s, {u"ACTIVE", u"RESCUE", u"ERROR"});
    case InstanceAction::SoftReboot: return s == u"ACTIVE";
    case InstanceAction::HardReboot: return in(s, {u"ACTIVE", u"SHUTOFF", u"PAUSED", u"SUSPENDED", u"ERROR"});
    case InstanceAction::Delete: return true;
    case InstanceAction::Shelve: return in(s, {u"ACTIVE", u"SHUTOFF", u"PAUSED", u"SUSPENDED"});
    case InstanceAction::Unshelve: return in(s, {u"SHELVED", u"SHELVED_OFFLOADED"});
    case InstanceAction::Lock: return !server.locked.value_or(false);
    case InstanceAction::Unlock: return server.locked.value_or(true);
    case InstanceAction::Rescue: return in(s, {u"ACTIVE", u"SHUTOFF", u"ERROR"});
    case InstanceAction::Unrescue: return s == u"RESCUE";
    case InstanceAction::Snapshot: return in(s, {u"ACTIVE", u"SHUTOFF", u"PAUSED", u"SUSPENDED"});
    case InstanceAction::Resize: return in(s, {u"ACTIVE", u"SHUTOFF"});
    case InstanceAction::ConfirmResize:
    case InstanceAction::RevertResize: return s == u"VERIFY_RESIZE";
    case InstanceAction::Console: return in(s, {u"ACTIVE", u"RESCUE"});
    case InstanceAction::AttachInterface:
    case InstanceAction::DetachInterface: return in(s, {u"ACTIVE", u"PAUSED", u"SHUTOFF"});
    case InstanceAction::AttachVolume:
    case InstanceAction::DetachVolume:
        return in(s, {u"ACTIVE", u"PAUSED", u"SHUTOFF", u"VERIFY_RESIZE", u"SHELVED", u"SHELVED_OFFLOADED"});
    case InstanceAction::AssociateFloatingIp:
        return !server.addresses.isEmpty() && !in(s, {u"BUILD", u"ERROR", u"DELETED", u"SOFT_DELETED"});
    case InstanceAction::ReleaseFloatingIp: return hasFloatingAddress(server);
    }
    return false;
}

} // namespace

bool InstanceActionRules::allows(InstanceAction action, const Server& server)
{
    if (server.isPartial() || server.status == u"DELETED" || server.status == u"SOFT_DELETED")
        return false;
    // A locked server refuses everything to its owner, deletion included, until it is unlocked.
    if (server.locked.value_or(false))
        return action == InstanceAction::Unlock;
    if (!server.taskState.isEmpty()) {
        // Nova accepts a delete at any time; anything else waits for the task to end.
        if (action == InstanceAction::HardReboot)
            return hardRebootInterrupts(server.taskState) && allowsByStatus(action, server);
        return action == InstanceAction::Delete;
    }
    return allowsByStatus(action, server);
}

bool InstanceActionRules::isBulk(InstanceAction action)
{
    switch (action) {
    case InstanceAction::Start:
    case InstanceAction::Stop:
    case InstanceAction::SoftReboot:
    case InstanceAction::HardReboot:
    case InstanceAction::Delete:
    case InstanceAction::Shelve:
    case InstanceAction::Unshelve:
    case InstanceAction::Lock:
    case InstanceAction::Unlock: return true;
    default: return false;
    }
}

} // namespace zenith
