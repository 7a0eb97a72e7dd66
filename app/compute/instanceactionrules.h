#pragma once

#include "instanceaction.h"

#include "compute/server.h"

namespace zenith {

//! Which actions Nova (and Neutron, for floating IPs) accepts for a server in a given state, so
//! that the pane only offers what will not come back as a 409. Mirrors the check_instance_state
//! guards of nova/compute/api.py (Zed): vm_state shown as status, and no task under way.
class InstanceActionRules
{
public:
    //! True when `action` may be sent to `server` now.
    static bool allows(InstanceAction action, const Server& server);
    //! True for the actions that apply to many servers at once (the others need exactly one).
    static bool isBulk(InstanceAction action);
};

} // namespace zenith
