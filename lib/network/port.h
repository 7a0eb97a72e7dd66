#pragma once

#include "allowedaddresspair.h"
#include "portfixedip.h"

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace zenith {

//! A Neutron port: an interface on a network, with its addresses, security groups and owner.
struct Port
{
    QString id;
    QString name;
    QString networkId;
    QList<PortFixedIp> fixedIps;
    QString macAddress;
    QString status;             //!< ACTIVE, DOWN, BUILD, ERROR; an unbound port stays DOWN
    QString deviceId;           //!< the server or router using the port; empty when free
    QString deviceOwner;        //!< "compute:nova", "network:router_interface", "network:router_gateway", ...
    QStringList securityGroups; //!< ids
    std::optional<bool> portSecurityEnabled; //!< absent without the port-security extension
    QList<AllowedAddressPair> allowedAddressPairs;
    bool adminStateUp = true;
    QStringList tags;
    QString projectId;
    QString description;
    QString vnicType; //!< "binding:vnic_type": normal, direct, macvtap, ...
    //! "binding:host_id" and "binding:vif_type": admin-only, empty for other users.
    QString bindingHostId;
    QString bindingVifType;
    QDateTime createdAt;
    QDateTime updatedAt;

    static Result<Port> fromJson(const QJsonObject& json);
};

} // namespace zenith
