#pragma once

#include "demoservice.h"

namespace zenith::demo::neutron {

//! Disassociates the floating IPs of the port (port_id, fixed_ip_address and router_id back to
//! null), as Neutron does when a port is deleted.
void disassociateFloatingIps(DemoEnv& env, const QString& region, const QString& portId);
//! The floating IPs associated through the router, after letting go of those whose port is gone
//! (Nova deletes the ports it made with the server).
QList<QJsonObject> floatingIpsOfRouter(DemoEnv& env, const QString& region, const QString& routerId);

//! POST/GET v2.0/floatingips, GET/PUT/DELETE v2.0/floatingips/{floatingip_id}.
void addFloatingIpRoutes(DemoEnv& env, DemoRouter& router);

} // namespace zenith::demo::neutron
