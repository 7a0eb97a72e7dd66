#pragma once

#include "securitygrouprule.h"

#include "core/requestspec.h"

#include <QJsonObject>

namespace zenith {

//! POST /v2.0/security-group-rules: allows traffic; 409 SecurityGroupRuleExists for a duplicate.
struct CreateSecurityGroupRuleRequest
{
    using Response = SecurityGroupRule;

    QString securityGroupId;
    QString direction = QStringLiteral("ingress"); //!< ingress, egress
    QString ethertype = QStringLiteral("IPv4");    //!< IPv4, IPv6
    std::optional<QString> protocol;               //!< tcp, udp, icmp, ...; left out: any protocol
    std::optional<int> portRangeMin;               //!< for ICMP: the type
    std::optional<int> portRangeMax;               //!< for ICMP: the code
    std::optional<QString> remoteIpPrefix;         //!< CIDR; left out (and no group): anywhere
    std::optional<QString> remoteGroupId;          //!< members of this group (e.g. 3306 from the web tier)
    std::optional<QString> description;

    RequestSpec spec() const;
    //! The rule's object without its envelope: the body of spec() and each element of a bulk create.
    QJsonObject toJson() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
