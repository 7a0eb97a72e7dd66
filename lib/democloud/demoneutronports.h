#pragma once

#include "demoservice.h"

namespace zenith::demo::neutron {

//! True when the caller may see the port: its own, one on a network of its project (all for an admin).
bool portVisible(const DemoEnv& env, const DemoRequest& request, const QJsonObject& port);
//! The port as the caller is shown it: the binding:* attributes for admins only (a port Nova
//! bound is on its server's host).
QJsonObject portView(const DemoEnv& env, const DemoRequest& request, const QJsonObject& port);
//! 404 PortNotFound.
DemoReply portNotFound(const QString& id);

//! PUT v2.0/ports/{port_id}: name, fixed IPs, security groups, port security, address pairs...
DemoReply updatePort(DemoEnv& env, DemoRequest& request);

//! POST/GET v2.0/ports, GET/PUT/DELETE v2.0/ports/{port_id}.
void addPortRoutes(DemoEnv& env, DemoRouter& router);

} // namespace zenith::demo::neutron
