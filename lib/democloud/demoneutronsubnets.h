#pragma once

#include "demoneutronaddress.h"
#include "demoservice.h"

#include <optional>

namespace zenith::demo::neutron {

//! A subnet to make: what POST subnets or a seed asks for, checked already.
struct SubnetSpec
{
    QString projectId;
    QString networkId;
    QString name;
    QString description;
    IpNetwork cidr;
    std::optional<IpAddress> gatewayIp; //!< nullopt: no gateway (JSON null)
    QList<IpRange> pools;               //!< empty: Neutron's pools around the gateway
    QStringList dnsNameservers;
    QJsonArray hostRoutes; //!< [{destination, nexthop}]
    bool enableDhcp = true;
    QJsonValue ipv6RaMode = QJsonValue::Null;
    QJsonValue ipv6AddressMode = QJsonValue::Null;
};

//! Stores the subnet, lists it in its network's "subnets" and returns it as POST subnets shows it.
QJsonObject makeSubnet(DemoEnv& env, const QString& region, const SubnetSpec& spec);
//! Removes the subnet and its id from its network's "subnets".
void removeSubnet(DemoEnv& env, const QString& region, const QString& subnetId);
//! True when the caller may see the subnet: its own, or one of a shared network (all for an admin).
bool subnetVisible(const DemoEnv& env, const DemoRequest& request, const QJsonObject& subnet);
//! 404 SubnetNotFound.
DemoReply subnetNotFound(const QString& id);
//! The allocation_pools JSON of these ranges.
QJsonArray poolsJson(const QList<IpRange>& pools);

//! POST/GET v2.0/subnets, GET/PUT/DELETE v2.0/subnets/{subnet_id}.
void addSubnetRoutes(DemoEnv& env, DemoRouter& router);

} // namespace zenith::demo::neutron
