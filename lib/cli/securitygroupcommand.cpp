#include "securitygroupcommand.h"

#include "openstackcommand.h"

namespace zenith {

namespace {

QStringList securityGroup(const QString& verb)
{
    return {QStringLiteral("security"), QStringLiteral("group"), verb};
}

QStringList securityGroupRule(const QString& verb)
{
    return {QStringLiteral("security"), QStringLiteral("group"), QStringLiteral("rule"), verb};
}

bool isIcmp(const QString& protocol)
{
    return protocol == u"icmp" || protocol == u"ipv6-icmp" || protocol == u"icmpv6" || protocol == u"1" ||
           protocol == u"58";
}

} // namespace

QString SecurityGroupCommand::groupCreate(const QString& name, const QString& description)
{
    QStringList words = securityGroup(QStringLiteral("create"));
    if (!description.isEmpty())
        words << QStringLiteral("--description") << description;
    return OpenstackCommand::join(words << name);
}

QString SecurityGroupCommand::groupSet(const QString& group, const QString& newName, const QString& description)
{
    QStringList words = securityGroup(QStringLiteral("set"));
    if (!newName.isEmpty() && newName != group)
        words << QStringLiteral("--name") << newName;
    words << QStringLiteral("--description") << description;
    return OpenstackCommand::join(words << group);
}

QString SecurityGroupCommand::groupDelete(const QStringList& groups)
{
    return OpenstackCommand::join(securityGroup(QStringLiteral("delete")) + groups);
}

QString SecurityGroupCommand::ruleCreate(const CreateSecurityGroupRuleRequest& rule, const QString& group,
                                         const QString& remoteGroup)
{
    QStringList words = securityGroupRule(QStringLiteral("create"));
    if (rule.direction == u"egress")
        words << QStringLiteral("--egress");
    // The client guesses the ethertype from the protocol (IPv4 but for ipv6-icmp): say IPv6 always.
    if (rule.ethertype == u"IPv6")
        words << QStringLiteral("--ethertype") << rule.ethertype;
    const QString protocol = rule.protocol.value_or(QStringLiteral("any"));
    words << QStringLiteral("--protocol") << protocol;
    if (isIcmp(protocol)) {
        if (rule.portRangeMin)
            words << QStringLiteral("--icmp-type") << QString::number(*rule.portRangeMin);
        if (rule.portRangeMin && rule.portRangeMax)
            words << QStringLiteral("--icmp-code") << QString::number(*rule.portRangeMax);
    } else if (rule.portRangeMin) {
        const int last = rule.portRangeMax.value_or(*rule.portRangeMin);
        words << QStringLiteral("--dst-port")
              << (last == *rule.portRangeMin
                      ? QString::number(last)
                      : QString(QString::number(*rule.portRangeMin) + u':' + QString::number(last)));
    }
    if (rule.remoteGroupId)
        words << QStringLiteral("--remote-group") << (remoteGroup.isEmpty() ? *rule.remoteGroupId : remoteGroup);
    else if (rule.remoteIpPrefix)
        words << QStringLiteral("--remote-ip") << *rule.remoteIpPrefix;
    if (rule.description && !rule.description->isEmpty())
        words << QStringLiteral("--description") << *rule.description;
    return OpenstackCommand::join(words << (group.isEmpty() ? rule.securityGroupId : group));
}

QString SecurityGroupCommand::ruleDelete(const QStringList& ruleIds)
{
    return OpenstackCommand::join(securityGroupRule(QStringLiteral("delete")) + ruleIds);
}

} // namespace zenith
