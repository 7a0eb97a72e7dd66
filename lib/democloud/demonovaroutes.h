#pragma once

// The route groups of the simulated Nova, one per file, which DemoNova::addRoutes registers.

#include "demonovahost.h"

namespace zenith::demo::nova {

//! POST servers, GET/PUT/DELETE servers/{id} (demonovaservers.cpp).
void addServerRoutes(DemoRouter& router, DemoComputeHost& host);
//! GET servers and servers/detail with Nova's filters and paging (demonovalist.cpp).
void addServerListRoutes(DemoRouter& router, DemoEnv& env);
//! servers/{id}/tags (demonovatags.cpp).
void addTagRoutes(DemoRouter& router, DemoEnv& env);
//! POST servers/{id}/action: the life cycle actions (demonovaactions.cpp).
void addActionRoutes(DemoRouter& router, DemoComputeHost& host);
//! POST servers/{id}/remote-consoles (demonovaconsoles.cpp).
void addConsoleRoutes(DemoRouter& router, DemoEnv& env);
//! servers/{id}/os-interface (demonovainterfaces.cpp).
void addInterfaceRoutes(DemoRouter& router, DemoComputeHost& host);
//! flavors (demonovaflavors.cpp).
void addFlavorRoutes(DemoRouter& router, DemoEnv& env);
//! os-keypairs (demonovakeypairs.cpp).
void addKeypairRoutes(DemoRouter& router, DemoEnv& env);
//! os-server-groups (demonovagroups.cpp).
void addServerGroupRoutes(DemoRouter& router, DemoEnv& env);

//! Removes a server for good: its ports (deleted or unbound), volumes (detached or deleted),
//! group membership and action log go with it.
void destroyServer(DemoComputeHost& host, const QString& region, const QString& serverId);

} // namespace zenith::demo::nova
