#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace zenith {

//! A static route: a subnet's host route (pushed by DHCP) or a router's extra route.
struct HostRoute
{
    QString destination; //!< CIDR
    QString nexthop;     //!< address

    static Result<HostRoute> fromJson(const QJsonObject& json);
    //! {"destination", "nexthop"}.
    QJsonObject toJson() const;
};

} // namespace zenith
