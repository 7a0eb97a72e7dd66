#pragma once

#include "demoservice.h"

namespace zenith::demo::neutron {

//! The id of the project's "default" security group in the region, made with its four rules
//! (ingress from the group itself and egress anywhere, IPv4 and IPv6) when it is missing, as
//! Neutron does on the project's first call that needs it.
QString ensureDefaultSecurityGroup(DemoEnv& env, const QString& region, const QString& projectId);
//! The group as Neutron shows it: with its rules.
QJsonObject securityGroupView(const DemoEnv& env, const QString& region, const QJsonObject& group);
//! 404 SecurityGroupNotFound: "Security group <id> does not exist".
DemoReply securityGroupNotFound(const QString& id);

//! POST/GET v2.0/security-groups, GET/PUT/DELETE v2.0/security-groups/{security_group_id}.
void addSecurityGroupRoutes(DemoEnv& env, DemoRouter& router);

} // namespace zenith::demo::neutron
