#pragma once

#include "demoservice.h"

#include <optional>

namespace zenith::demo::neutron {

//! A network to make: what POST networks or a seed asks for.
struct NetworkSpec
{
    QString projectId;
    QString name;
    QString description;
    bool shared = false;
    bool external = false; //!< router:external
    bool adminStateUp = true;
    bool portSecurityEnabled = true;
    std::optional<int> mtu;                        //!< nullopt: the type's largest (vxlan 1450, flat 1500)
    QString networkType = QStringLiteral("vxlan"); //!< provider:network_type ("flat" for the external ones)
    QString physicalNetwork;                       //!< provider:physical_network of a flat network
};

//! Stores a new network in its region and returns it, as POST networks shows it.
QJsonObject makeNetwork(DemoEnv& env, const QString& region, const NetworkSpec& spec);
//! True when the caller may see the network: its own, a shared or an external one (all for an admin).
bool networkVisible(const DemoRequest& request, const QJsonObject& network);
//! The network as the caller is shown it: provider attributes for admins only.
QJsonObject networkView(const DemoRequest& request, const QJsonObject& network);
//! The ownership hook of POST ports and subnets: on a network neither shared nor the project's,
//! a member gets 403 "Tenant <project> not allowed to create <resource> on this network".
std::optional<DemoReply> checkNetworkOwnership(const DemoRequest& request, const QJsonObject& network,
                                               const QString& projectId, const QString& resource);
//! 404 NetworkNotFound.
DemoReply networkNotFound(const QString& id);
//! The ids of the ports that keep a network from being deleted (all but DHCP-like ones).
QStringList portsInUse(const DemoEnv& env, const QString& region, const QString& networkId);

//! POST/GET v2.0/networks, GET/PUT/DELETE v2.0/networks/{network_id}.
void addNetworkRoutes(DemoEnv& env, DemoRouter& router);

} // namespace zenith::demo::neutron
