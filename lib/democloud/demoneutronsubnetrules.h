#pragma once

#include "demoneutronsubnets.h"

#include <variant>

namespace zenith::demo::neutron {

//! A POST subnets body once the API layer converted it (neutron-lib converters and validators).
struct SubnetRequest
{
    SubnetSpec spec;
    int ipVersion = 4;
    bool gatewayGiven = false; //!< gateway_ip was in the body (null included)
    bool poolsGiven = false;   //!< allocation_pools was in the body
};

//! Converts and validates the attributes of a POST subnets body, in the order Neutron's API
//! layer does; the request, or the 400 Neutron answers.
std::variant<SubnetRequest, DemoReply> convertSubnetBody(const QJsonObject& fields);

//! The plugin's checks of a new subnet on its network (db_base_plugin_v2._validate_subnet,
//! ipam_backend_mixin: version, DHCP prefix, gateway, DNS, routes, overlap, pools); fills in the
//! default gateway and pools. Nullopt when the subnet may be made.
std::optional<DemoReply> checkNewSubnet(const DemoEnv& env, const QString& region, SubnetRequest& request);

//! Checks a PUT subnets body and applies it to the stored subnet (gateway, pools, DNS, routes...).
std::optional<DemoReply> applySubnetUpdate(const DemoEnv& env, const QString& region, QJsonObject& subnet,
                                           const QJsonObject& fields);

} // namespace zenith::demo::neutron
