#pragma once

#include "demorouter.h"

namespace zenith::demo::neutron {

//! GET v2.0/extensions and v2.0/extensions/{alias}: the API extensions the demo cloud's Neutron
//! implements, as the real one describes them (the openstack CLI asks before some commands).
void addExtensionRoutes(DemoRouter& router);

} // namespace zenith::demo::neutron
