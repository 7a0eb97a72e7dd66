#pragma once

#include "demoservice.h"

namespace zenith::demo::neutron {

//! A security group rule to store, its fields already in Neutron's canonical form (null when unset).
struct RuleSpec
{
    QString projectId;
    QString securityGroupId;
    QString direction = QStringLiteral("ingress");
    QString ethertype = QStringLiteral("IPv4");
    QJsonValue protocol = QJsonValue::Null;
    QJsonValue portRangeMin = QJsonValue::Null;
    QJsonValue portRangeMax = QJsonValue::Null;
    QJsonValue remoteIpPrefix = QJsonValue::Null;
    QJsonValue remoteGroupId = QJsonValue::Null;
    QJsonValue description = QJsonValue::Null; //!< null in the rules Neutron makes itself, "" by default in others
};

//! Stores the rule in "<region>/security_group_rules" and returns it.
QJsonObject makeSecurityGroupRule(DemoEnv& env, const QString& region, const RuleSpec& spec);
//! The group's rules, in creation order.
QList<QJsonObject> rulesOfGroup(const DemoEnv& env, const QString& region, const QString& groupId);

//! POST (one rule, or a bulk of one group's rules)/GET v2.0/security-group-rules, GET/DELETE
//! v2.0/security-group-rules/{rule_id}.
void addSecurityGroupRuleRoutes(DemoEnv& env, DemoRouter& router);

} // namespace zenith::demo::neutron
