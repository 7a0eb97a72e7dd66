#pragma once

// JSON helpers shared by the Neutron request types: the fields that create and update calls
// both write, written once here, and Neutron's nullable fields.

#include "core/nullable.h"
#include "externalgatewayinfo.h"

#include "core/jsonreader.h"
#include "core/requestbuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace zenith {

//! A JSON array of the items' toJson().
template <typename T> QJsonArray neutronArray(const QList<T>& items)
{
    QJsonArray out;
    for (const T& item : items)
        out.append(item.toJson());
    return out;
}

//! Inserts key: [items...] when the list is set, even when empty (an empty list clears it).
template <typename T>
void insertNeutronList(QJsonObject& object, const QString& key, const std::optional<QList<T>>& items)
{
    if (items)
        object.insert(key, neutronArray(*items));
}

//! A string field that Neutron sends as null when unset ("port_id", "gateway_ip").
std::optional<QString> neutronNullableString(JsonReader& reader, QStringView key);

//! An integer field that Neutron sends as null when unset ("port_range_min").
std::optional<int> neutronNullableInt(JsonReader& reader, QStringView key);

//! Adds Neutron's fixed_ips filter, "fixed_ips=<field>=<value>", when the value is set.
void addFixedIpFilter(RequestSpec& spec, const QString& field, const std::optional<QString>& value);

//! {"<key>": body}: the envelope of every Neutron create and update body.
QJsonObject neutronBody(const QString& key, const QJsonObject& body);

//! external_gateway_info: the gateway, or {} to clear it (what `openstack router unset
//! --external-gateway` sends; Neutron takes null as well); nothing when left out.
void insertRouterGateway(QJsonObject& object, const Nullable<ExternalGatewayInfo>& gateway);

//! The fields CreateNetworkRequest and UpdateNetworkRequest share.
template <typename R> void insertNetworkFields(QJsonObject& o, const R& r)
{
    insertIfSet(o, QStringLiteral("name"), r.name);
    insertIfSet(o, QStringLiteral("description"), r.description);
    insertIfSet(o, QStringLiteral("admin_state_up"), r.adminStateUp);
    insertIfSet(o, QStringLiteral("port_security_enabled"), r.portSecurityEnabled);
    insertIfSet(o, QStringLiteral("mtu"), r.mtu);
}

//! The fields CreateSubnetRequest and UpdateSubnetRequest share.
template <typename R> void insertSubnetFields(QJsonObject& o, const R& r)
{
    insertIfSet(o, QStringLiteral("name"), r.name);
    insertIfSet(o, QStringLiteral("description"), r.description);
    insertIfSet(o, QStringLiteral("gateway_ip"), r.gatewayIp);
    insertNeutronList(o, QStringLiteral("allocation_pools"), r.allocationPools);
    insertIfSet(o, QStringLiteral("dns_nameservers"), r.dnsNameservers);
    insertNeutronList(o, QStringLiteral("host_routes"), r.hostRoutes);
    insertIfSet(o, QStringLiteral("enable_dhcp"), r.enableDhcp);
}

//! The fields CreatePortRequest and UpdatePortRequest share.
template <typename R> void insertPortFields(QJsonObject& o, const R& r)
{
    insertIfSet(o, QStringLiteral("name"), r.name);
    insertIfSet(o, QStringLiteral("description"), r.description);
    insertIfSet(o, QStringLiteral("admin_state_up"), r.adminStateUp);
    insertNeutronList(o, QStringLiteral("fixed_ips"), r.fixedIps);
    insertIfSet(o, QStringLiteral("security_groups"), r.securityGroups);
    insertIfSet(o, QStringLiteral("port_security_enabled"), r.portSecurityEnabled);
    insertNeutronList(o, QStringLiteral("allowed_address_pairs"), r.allowedAddressPairs);
    insertIfSet(o, QStringLiteral("device_id"), r.deviceId);
    insertIfSet(o, QStringLiteral("device_owner"), r.deviceOwner);
}

//! The fields CreateRouterRequest and UpdateRouterRequest share (the gateway differs).
template <typename R> void insertRouterFields(QJsonObject& o, const R& r)
{
    insertIfSet(o, QStringLiteral("name"), r.name);
    insertIfSet(o, QStringLiteral("description"), r.description);
    insertIfSet(o, QStringLiteral("admin_state_up"), r.adminStateUp);
}

//! The fields CreateSecurityGroupRequest and UpdateSecurityGroupRequest share.
template <typename R> void insertSecurityGroupFields(QJsonObject& o, const R& r)
{
    insertIfSet(o, QStringLiteral("name"), r.name);
    insertIfSet(o, QStringLiteral("description"), r.description);
    insertIfSet(o, QStringLiteral("stateful"), r.stateful);
}

//! The body of add_router_interface and remove_router_interface: {"subnet_id"} or {"port_id"}.
template <typename R> QJsonObject routerInterfaceBody(const R& r)
{
    QJsonObject o;
    insertIfSet(o, QStringLiteral("subnet_id"), r.subnetId);
    insertIfSet(o, QStringLiteral("port_id"), r.portId);
    return o;
}

} // namespace zenith
