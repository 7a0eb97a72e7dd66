#pragma once

#include "network/createsecuritygrouprulerequest.h"

#include <QString>
#include <QStringList>

namespace zenith {

//! The `openstack security group …` commands a student would type to do what the Security groups
//! tab just did, quoted for a POSIX shell (OpenstackCommand::join). Pure functions.
class SecurityGroupCommand
{
public:
    //! openstack security group create [--description TEXT] NAME
    static QString groupCreate(const QString& name, const QString& description = {});
    //! openstack security group set [--name NEW] [--description TEXT] GROUP (only what changed)
    static QString groupSet(const QString& group, const QString& newName, const QString& description);
    //! openstack security group delete GROUP…
    static QString groupDelete(const QStringList& groups);
    //! openstack security group rule create [--egress] [--ethertype IPv6] --protocol P [--dst-port N[:M] |
    //! --icmp-type T [--icmp-code C]] (--remote-ip CIDR | --remote-group GROUP) [--description TEXT] GROUP.
    //! Ingress is the client's default and goes unsaid; `group` and `remoteGroup` are what to type
    //! for the rule's group and its remote group (names when they are unique, else ids).
    static QString ruleCreate(const CreateSecurityGroupRuleRequest& rule, const QString& group,
                              const QString& remoteGroup = {});
    //! openstack security group rule delete RULE…
    static QString ruleDelete(const QStringList& ruleIds);
};

} // namespace zenith
