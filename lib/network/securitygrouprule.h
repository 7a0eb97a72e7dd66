#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace zenith {

//! One rule of a Neutron security group: traffic allowed in or out.
struct SecurityGroupRule
{
    QString id;
    QString securityGroupId;
    QString direction;                     //!< ingress, egress
    QString ethertype;                     //!< IPv4, IPv6
    std::optional<QString> protocol;       //!< tcp, udp, icmp, a number...; nullopt: any
    std::optional<int> portRangeMin;       //!< nullopt: every port (for ICMP: the type)
    std::optional<int> portRangeMax;       //!< nullopt: every port (for ICMP: the code)
    std::optional<QString> remoteIpPrefix; //!< CIDR the traffic comes from (or goes to)
    std::optional<QString> remoteGroupId;  //!< members of this group instead of a CIDR
    QString description;
    QString projectId;
    QDateTime createdAt;

    static Result<SecurityGroupRule> fromJson(const QJsonObject& json);
};

} // namespace zenith
