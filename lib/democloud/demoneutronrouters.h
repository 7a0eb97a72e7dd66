#pragma once

#include "demoservice.h"

#include <optional>
#include <variant>

namespace zenith::demo::neutron {

//! A router's gateway as external_gateway_info asks for it.
struct GatewaySpec
{
    QString networkId;                       //!< empty: no gateway
    QList<QPair<QString, QString>> fixedIps; //!< (subnet_id, ip_address) on the external network; none: one picked
    bool enableSnat = true;
};

//! Stores a new router of the project, without gateway, and returns it.
QJsonObject makeRouter(DemoEnv& env, const QString& region, const QString& projectId, const QString& name,
                       const QString& description = {});
//! Sets, moves or clears (empty network id) the router's gateway: its port on the external
//! network (project "", device_owner network:router_gateway) and its external_gateway_info, as
//! l3_db does; the refusal otherwise, nothing changed.
std::optional<DemoReply> setRouterGateway(DemoEnv& env, const QString& region, const QString& routerId,
                                          const GatewaySpec& gateway);
//! Adds an interface on the subnet: a port with the subnet's gateway address, device_owner
//! network:router_interface. The reply's body ({id, port_id, subnet_id...}) or Neutron's refusal.
std::variant<QJsonObject, DemoReply> addInterfaceBySubnet(DemoEnv& env, const DemoRequest& request,
                                                          const QJsonObject& router, const QString& subnetId);
//! The router's ports of this owner (router_interface, router_gateway), in creation order.
QList<QJsonObject> routerPorts(const DemoEnv& env, const QString& region, const QString& routerId,
                               const QString& deviceOwner);
//! 404 RouterNotFound.
DemoReply routerNotFound(const QString& id);

//! POST/GET v2.0/routers, GET/PUT/DELETE v2.0/routers/{router_id}.
void addRouterRoutes(DemoEnv& env, DemoRouter& router);
//! PUT v2.0/routers/{router_id}/add_router_interface and .../remove_router_interface.
void addRouterInterfaceRoutes(DemoEnv& env, DemoRouter& router);

} // namespace zenith::demo::neutron
