#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace zenith {

//! Extra traffic a port may send despite port security: an address or CIDR ("0.0.0.0/0" for a
//! NAT gateway), optionally tied to a MAC (Neutron fills in the port's own MAC when none is given).
struct AllowedAddressPair
{
    QString ipAddress;
    QString macAddress;

    static Result<AllowedAddressPair> fromJson(const QJsonObject& json);
    //! {"ip_address", "mac_address"}, without mac_address when it is empty.
    QJsonObject toJson() const;
};

} // namespace zenith
