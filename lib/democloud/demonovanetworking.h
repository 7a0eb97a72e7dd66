#pragma once

// A server's network side in the simulated Nova: the checks of a create request's "networks"
// and "security_groups", the ports made or bound while it builds, and what Nova shows of them
// (addresses, security groups, interfaces). Ports themselves are Neutron's, through demoports.h.

#include "demoservice.h"

#include <optional>

namespace zenith::demo::nova {

//! Checks a create request's "networks" (a list of {uuid[, fixed_ip]} or {port}, "none", "auto",
//! or absent below 2.37) the way Nova's API does, and returns the NICs to make at build time as
//! [{"network_id", "fixed_ip"} | {"port_id"}]; nullopt with `error` set when Nova refuses.
std::optional<QJsonArray> checkNetworks(DemoEnv& env, const DemoRequest& request, int maxCount, DemoReply* error);

//! Resolves security group names (or ids) of the caller's project to ids; "default" is made when
//! missing. nullopt with `error` set for a name Neutron does not know.
std::optional<QStringList> resolveSecurityGroups(DemoEnv& env, const DemoRequest& request, const QStringList& names,
                                                 DemoReply* error);

//! At build time: makes the ports of the server's requested networks and binds every port it
//! was given. An empty string when done, else the fault's message.
QString plugServer(DemoEnv& env, const QString& region, const QString& serverId);
//! When the server goes: deletes the ports Nova made, unbinds those it was given.
void unplugServer(DemoEnv& env, const QString& region, const QJsonObject& server);
//! Makes a port for the server on a network (an interface attached with net_id); the port or an error reply.
std::variant<QJsonObject, DemoReply> makePort(DemoEnv& env, const QString& region, const QJsonObject& server,
                                              const QString& networkId, const QString& fixedIp);

//! The server's ports, as Neutron lists them for its device id.
QList<QJsonObject> serverPorts(const DemoEnv& env, const QString& region, const QString& serverId);
//! "addresses": network name -> [{version, addr, OS-EXT-IPS:type, OS-EXT-IPS-MAC:mac_addr}].
QJsonObject serverAddresses(const DemoEnv& env, const QString& region, const QString& serverId);
//! "security_groups": [{"name"}] once per port and group, as Nova lists them.
QJsonArray serverSecurityGroups(const DemoEnv& env, const QString& region, const QString& serverId);
//! One os-interface entry of a port (tag from 2.70).
QJsonObject interfaceView(const DemoRequest& request, const QJsonObject& port);

} // namespace zenith::demo::nova
