#include "securitygrouptexts.h"

#include "common/errortext.h"
#include "common/quoted.h"
#include "stores/securitygroupstore.h"

#include <QRegularExpression>

namespace zenith {

QString SecurityGroupTexts::deleteGroupFailed(const ApiError& error, const QString& groupName)
{
    const QString name = quoted(groupName);
    if (error.code == u"SecurityGroupInUse")
        //: %1 is a security group name; the commands are typed as they are
        return QString(tr("%1 is still used by ports, the network interfaces of instances (or of a router or a "
                          "load balancer), so Neutron keeps it. Remove the group from them first (Compute > "
                          "Instances, or `openstack server remove security group SERVER %2`), or delete those "
                          "instances. `openstack port list --security-group %2` lists the ports that use it.")
                           .arg(name, groupName) %
                       u"\n\n" % ErrorText::message(error));
    if (error.code == u"SecurityGroupCannotRemoveDefault")
        return QString(tr("Every project keeps its default group: Neutron gives it to instances launched "
                          "without a group. Change its rules instead.") %
                       u"\n\n" % ErrorText::message(error));
    //: %1 is a security group name, %2 the reason (several lines)
    return tr("%1 could not be deleted. %2").arg(name, ErrorText::message(error));
}

QString SecurityGroupTexts::createRuleFailed(const ApiError& error)
{
    if (error.code == u"SecurityGroupRuleExists") {
        static const QRegularExpression ruleId(QStringLiteral("Rule id is ([0-9a-fA-F-]+)"));
        const QString id = ruleId.match(error.message).captured(1);
        //: %1 is the id of the rule that exists already
        return QString((id.isEmpty() ? tr("The group already has this very rule: nothing needs adding.")
                                     : tr("The group already has this very rule (%1): nothing needs adding.").arg(id)) %
                       u' ' % tr("Change the ports, the protocol or the remote to allow something else.") % u"\n\n" %
                       ErrorText::message(error));
    }
    //: The reason (several lines) follows
    return QString(tr("The rule could not be added.") % u'\n' % ErrorText::message(error));
}

QString SecurityGroupTexts::saveGroupFailed(const ApiError& error)
{
    if (error.code == u"SecurityGroupDefaultAlreadyExists" || error.code == u"SecurityGroupCannotUpdateDefault")
        return QString(tr("“default” is the name of the group Neutron makes for every project: choose another "
                          "name, and the default group cannot be renamed.") %
                       u"\n\n" % ErrorText::message(error));
    return QString(tr("The group could not be saved.") % u'\n' % ErrorText::message(error));
}

QString SecurityGroupTexts::commandName(const SecurityGroupStore* store, const QString& groupId)
{
    const SecurityGroup* group = store ? store->group(groupId) : nullptr;
    if (!group || group->name.isEmpty())
        return groupId;
    int named = 0;
    for (const SecurityGroup& other : store->groups())
        named += other.name == group->name ? 1 : 0;
    return named == 1 ? group->name : groupId;
}

} // namespace zenith
