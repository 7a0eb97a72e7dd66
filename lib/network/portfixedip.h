#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace zenith {

//! One address of a port ("fixed_ips"), or of a router's external gateway ("external_fixed_ips").
//! In a request either part may be empty: a subnet alone lets Neutron pick the address.
struct PortFixedIp
{
    QString subnetId;
    QString ipAddress;

    static Result<PortFixedIp> fromJson(const QJsonObject& json);
    //! {"subnet_id", "ip_address"} with the empty parts left out.
    QJsonObject toJson() const;
};

} // namespace zenith
