#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace zenith {

//! A Neutron network: a project's private network, or an external one routers and floating IPs use.
struct Network
{
    QString id;
    QString name;
    QString status; //!< ACTIVE, DOWN, BUILD, ERROR
    bool adminStateUp = true;
    bool shared = false;
    bool routerExternal = false;             //!< "router:external": a network for router gateways and floating IPs
    QStringList subnets;                     //!< subnet ids
    std::optional<int> mtu;                  //!< absent without the net-mtu extension
    std::optional<bool> portSecurityEnabled; //!< default for new ports; absent without port-security
    std::optional<bool> isDefault;           //!< external networks only: the auto-allocation default
    QStringList tags;
    QString projectId;
    QString description;
    QStringList availabilityZones;
    QDateTime createdAt;
    QDateTime updatedAt;

    static Result<Network> fromJson(const QJsonObject& json);
};

} // namespace zenith
