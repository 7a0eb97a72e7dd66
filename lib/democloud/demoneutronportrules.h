#pragma once

#include "demoports.h"

#include <variant>

namespace zenith::demo::neutron {

//! The attributes POST and PUT ports accept.
const QStringList& portPostAttributes();
const QStringList& portPutAttributes();

//! A body's fixed_ips as (subnet_id, ip_address) pairs, or the API layer's 400
//! ("Invalid data format for fixed IP", "Duplicate IP address", "... is not a valid IP address").
std::variant<QList<QPair<QString, QString>>, DemoReply> convertFixedIps(const QJsonValue& value);
//! allowed_address_pairs checked as Neutron does (ip_address required, at most 10, no duplicates).
std::variant<QJsonArray, DemoReply> convertAddressPairs(const QJsonValue& value);
//! The pairs with the port's MAC where none was given, as Neutron stores them.
QJsonArray withMac(const QJsonArray& pairs, const QString& mac);
//! A body's security_groups as ids, or the 400 of a value that is no list.
std::variant<QStringList, DemoReply> convertSecurityGroups(const QJsonValue& value);
//! 404 SecurityGroupNotFound ("Security group a, b does not exist") unless the caller may use every group.
std::optional<DemoReply> checkSecurityGroups(const DemoEnv& env, const DemoRequest& request, const QStringList& ids);
//! The 403 for attributes only the network's owner (or an admin) may set on a port: a fixed
//! address, port security, address pairs, a MAC, a "network:" owner, bindings (policy
//! create_port:* / update_port:*), or a fixed IP on a network neither owned nor shared.
std::optional<DemoReply> portPolicy(const DemoRequest& request, const QString& action, const QJsonObject& fields,
                                    const QJsonObject& network);
//! The body's name, description, device, admin state, fixed IPs, groups, port security and
//! address pairs converted into `spec` (optional ones left unset when absent); the 400 of a bad value.
std::optional<DemoReply> portSpecFromFields(const QJsonObject& fields, ports::PortSpec& spec);
//! The tags a new port may carry (ports alone take them at creation): unique strings of at most 255.
std::variant<QJsonArray, DemoReply> convertTags(const QJsonValue& value);
//! Neutron's error body for a refusal of the shared port code.
DemoReply portError(const ports::PortError& refusal);

} // namespace zenith::demo::neutron
