#pragma once

#include "demoservice.h"

#include <optional>
#include <variant>

namespace zenith::demo {

//! Neutron's ports, shared by the Neutron simulation (port create/update) and Nova's (a server's
//! NICs): one place that picks addresses from subnets' pools and writes the port's JSON exactly as
//! Neutron shows it (tests/data/network/*port*.json).
namespace ports {

//! What a port request asks for; empty fields take Neutron's defaults.
struct PortSpec
{
    QString region;
    QString projectId;
    QString networkId;
    QString name;
    QString description;
    QList<QPair<QString, QString>>
        fixedIps; //!< (subnet_id, ip_address), either may be empty; none: one from each IPv4 subnet
    std::optional<QStringList> securityGroups; //!< ids; nullopt: the project's "default" group (made when missing)
    std::optional<bool> portSecurityEnabled;   //!< nullopt: the network's setting
    QJsonArray allowedAddressPairs;
    QString deviceId;
    QString deviceOwner;
    bool adminStateUp = true;
};

//! A refusal in Neutron's words: status, type and message for errors::neutron().
struct PortError
{
    int status = 400;
    QString type;
    QString message;
};

//! Creates the port (allocating addresses) and stores it in DemoState "<region>/ports".
std::variant<QJsonObject, PortError> create(DemoEnv& env, const PortSpec& spec);
//! Replaces a port's fixed IPs (the "port set --fixed-ip" case): frees the old ones, takes the new.
std::optional<PortError> setFixedIps(DemoEnv& env, const QString& region, const QString& portId,
                                     const QList<QPair<QString, QString>>& fixedIps);
//! Binds a port to a server (device_id, device_owner "compute:<zone>"; the admin-only binding:host_id
//! comes from the server's host in Neutron's admin view); it goes
//! ACTIVE a moment later, as a real agent wires it.
void bind(DemoEnv& env, const QString& region, const QString& portId, const QString& serverId,
          const QString& zone = QStringLiteral("nova"));
//! Unbinds a port (device_id and device_owner emptied, DOWN), as Nova does for ports it was given.
void unbind(DemoEnv& env, const QString& region, const QString& portId);
//! The first free address of a subnet's allocation pools, or an empty string.
QString freeAddress(const DemoEnv& env, const QString& region, const QJsonObject& subnet);
//! True when this address of the subnet belongs to a port already.
bool addressTaken(const DemoEnv& env, const QString& region, const QString& subnetId, const QString& address);

} // namespace ports
} // namespace zenith::demo
