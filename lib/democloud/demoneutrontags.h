#pragma once

#include "demoservice.h"

namespace zenith::demo::neutron {

//! The tag API of networks, subnets, ports, routers, floating IPs and security groups:
//! GET/PUT/DELETE v2.0/<collection>/{id}/tags and GET/PUT/DELETE v2.0/<collection>/{id}/tags/{tag}.
void addTagRoutes(DemoEnv& env, DemoRouter& router);

} // namespace zenith::demo::neutron
