#pragma once

#include "networkquotausage.h"

#include "core/result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace zenith {

//! A project's Neutron quotas with their use (GET quotas/{project_id}/details.json).
struct NetworkQuota
{
    NetworkQuotaUsage networks;
    NetworkQuotaUsage subnets;
    NetworkQuotaUsage ports;
    NetworkQuotaUsage routers;
    NetworkQuotaUsage floatingIps;
    NetworkQuotaUsage securityGroups;
    NetworkQuotaUsage securityGroupRules;
    //! Every resource of the reply by Neutron's name ("network", "rbac_policy", ...), the above included.
    QMap<QString, NetworkQuotaUsage> all;

    static Result<NetworkQuota> fromJson(const QJsonObject& json);
};

} // namespace zenith
