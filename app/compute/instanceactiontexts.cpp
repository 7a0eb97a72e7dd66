#include "instanceactiontexts.h"

namespace zenith {

QString InstanceActionTexts::label(InstanceAction action)
{
    using A = InstanceAction;
    switch (action) {
    case A::Start: return tr("Start");
    case A::Stop: return tr("Stop");
    case A::SoftReboot: return tr("Reboot");
    //: power-cycles the instance (a reboot that does not ask the guest)
    case A::HardReboot: return tr("Hard reboot");
    case A::Delete: return tr("Delete…");
    //: snapshots the instance and frees its host; it can be unshelved later
    case A::Shelve: return tr("Shelve");
    case A::Unshelve: return tr("Unshelve");
    //: prevents any action on the instance (deletion included) until it is unlocked
    case A::Lock: return tr("Lock");
    case A::Unlock: return tr("Unlock");
    //: restarts the instance from a rescue image, its own disk attached
    case A::Rescue: return tr("Rescue");
    case A::Unrescue: return tr("Unrescue");
    case A::Snapshot: return tr("Create snapshot…");
    case A::Resize: return tr("Resize…");
    case A::ConfirmResize: return tr("Confirm resize");
    case A::RevertResize: return tr("Revert resize");
    //: opens the instance's noVNC console in the web browser
    case A::Console: return tr("Console");
    case A::AttachInterface: return tr("Attach interface…");
    case A::DetachInterface: return tr("Detach interface…");
    case A::AssociateFloatingIp: return tr("Associate floating IP…");
    case A::ReleaseFloatingIp: return tr("Release floating IP…");
    case A::AttachVolume: return tr("Attach volume…");
    case A::DetachVolume: return tr("Detach volume…");
    }
    return {};
}

QString InstanceActionTexts::nameList(const QStringList& names)
{
    if (names.size() <= 1)
        return names.value(0);
    //: joins a list of names: "%1 and %2" = "web-1, web-2 and db" (%1 already holds the commas)
    return tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(tr(", ")), names.constLast());
}

QString InstanceActionTexts::failure(InstanceAction action, const QStringList& names)
{
    const QString who = nameList(names);
    using A = InstanceAction;
    switch (action) {
    case A::Start: return tr("Could not start %1.").arg(who);
    case A::Stop: return tr("Could not stop %1.").arg(who);
    case A::SoftReboot:
    case A::HardReboot: return tr("Could not reboot %1.").arg(who);
    case A::Delete: return tr("Could not delete %1.").arg(who);
    case A::Shelve: return tr("Could not shelve %1.").arg(who);
    case A::Unshelve: return tr("Could not unshelve %1.").arg(who);
    case A::Lock: return tr("Could not lock %1.").arg(who);
    case A::Unlock: return tr("Could not unlock %1.").arg(who);
    case A::Rescue: return tr("Could not rescue %1.").arg(who);
    case A::Unrescue: return tr("Could not unrescue %1.").arg(who);
    case A::Resize: return tr("Could not resize %1.").arg(who);
    case A::ConfirmResize: return tr("Could not confirm the resize of %1.").arg(who);
    case A::RevertResize: return tr("Could not revert the resize of %1.").arg(who);
    default: return tr("The action on %1 failed.").arg(who);
    }
}

QString InstanceActionTexts::explanation(InstanceAction action)
{
    using A = InstanceAction;
    switch (action) {
    case A::Start: return tr("Boots stopped instances.");
    case A::Stop: return tr("Shuts instances down; their disks and addresses are kept.");
    case A::SoftReboot: return tr("Asks the guest systems to restart.");
    case A::HardReboot: return tr("Power-cycles instances, like pressing their reset button.");
    case A::Delete: return tr("Deletes instances and their root disks; attached volumes are kept.");
    case A::Shelve: return tr("Snapshots and stops instances, freeing their hosts; unshelve brings them back.");
    case A::Unshelve: return tr("Brings shelved instances back.");
    case A::Lock: return tr("Protects instances from any action, deletion included, until unlocked.");
    case A::Unlock: return tr("Allows actions on instances again.");
    case A::Rescue: return tr("Restarts an instance from a rescue image with its own disk attached, to repair it.");
    case A::Unrescue: return tr("Restarts a rescued instance from its own disk.");
    case A::Snapshot: return tr("Saves the instance's disk as a new image.");
    case A::Resize: return tr("Moves the instance to another flavor; confirm or revert afterwards.");
    case A::ConfirmResize: return tr("Keeps the new flavor and frees the old one.");
    case A::RevertResize: return tr("Goes back to the previous flavor.");
    case A::Console: return tr("Opens the instance's graphical console (noVNC) in the web browser.");
    case A::AttachInterface: return tr("Plugs the instance into a network or onto an existing port.");
    case A::DetachInterface: return tr("Unplugs one of the instance's network interfaces.");
    case A::AssociateFloatingIp: return tr("Makes the instance reachable at a public address.");
    case A::ReleaseFloatingIp: return tr("Takes a public address off the instance.");
    case A::AttachVolume: return tr("Attaches an available volume as a new disk.");
    case A::DetachVolume: return tr("Detaches a volume; its data is kept.");
    }
    return {};
}

} // namespace zenith
