#pragma once

#include "securitygrouprule.h"

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace zenith {

//! A Neutron security group with its rules. A new group allows all egress and no ingress.
struct SecurityGroup
{
    QString id;
    QString name;
    QString description;
    QList<SecurityGroupRule> rules; //!< "security_group_rules"
    std::optional<bool> stateful;   //!< absent without the stateful-security-group extension
    QStringList tags;
    QString projectId;
    QDateTime createdAt;
    QDateTime updatedAt;

    static Result<SecurityGroup> fromJson(const QJsonObject& json);
};

} // namespace zenith
