#include "securityrulesentence.h"

#include <QLocale>

namespace zenith {

namespace {

// IANA protocol numbers of the names Neutron knows that carry ports.
bool isPortProtocol(const QString& p)
{
    return p == u"tcp" || p == u"udp" || p == u"sctp" || p == u"udplite" || p == u"dccp" || p == u"6" || p == u"17" ||
           p == u"132" || p == u"136" || p == u"33";
}

QString icmpTypeName(int type)
{
    switch (type) {
    case 0:
        //: ICMP type 0
        return SecurityRuleSentence::tr("echo reply");
    case 3:
        //: ICMP type 3
        return SecurityRuleSentence::tr("destination unreachable");
    case 8:
        //: ICMP type 8: what ping sends
        return SecurityRuleSentence::tr("echo request, ping");
    case 11:
        //: ICMP type 11
        return SecurityRuleSentence::tr("time exceeded");
    default: return {};
    }
}

} // namespace

bool SecurityRuleSentence::hasPorts(const std::optional<QString>& protocol)
{
    return protocol && isPortProtocol(protocol->toLower());
}

bool SecurityRuleSentence::isIcmp(const std::optional<QString>& protocol)
{
    if (!protocol)
        return false;
    const QString p = protocol->toLower();
    return p == u"icmp" || p == u"ipv6-icmp" || p == u"icmpv6" || p == u"1" || p == u"58";
}

bool SecurityRuleSentence::isAnywhere(const SecurityGroupRule& rule)
{
    if (rule.remoteGroupId)
        return false;
    return !rule.remoteIpPrefix || *rule.remoteIpPrefix == u"0.0.0.0/0" || *rule.remoteIpPrefix == u"::/0";
}

QString SecurityRuleSentence::protocolText(const std::optional<QString>& protocol)
{
    if (!protocol || protocol->isEmpty() || *protocol == u"any")
        //: Protocol of a rule that allows every protocol
        return tr("Any");
    const QString p = protocol->toLower();
    if (p == u"ipv6-icmp" || p == u"icmpv6" || p == u"58")
        return QStringLiteral("ICMPv6");
    if (p == u"6")
        return QStringLiteral("TCP");
    if (p == u"17")
        return QStringLiteral("UDP");
    if (p == u"1")
        return QStringLiteral("ICMP");
    bool number = false;
    p.toInt(&number);
    if (number)
        //: An IP protocol given by its number, e.g. "Protocol 47" (GRE)
        return tr("Protocol %1").arg(p);
    return p.toUpper();
}

QString SecurityRuleSentence::portsText(const SecurityGroupRule& rule)
{
    if (isIcmp(rule.protocol)) {
        if (!rule.portRangeMin)
            //: ICMP rule: every ICMP type
            return tr("All types");
        const QString name = icmpTypeName(*rule.portRangeMin);
        QString text = name.isEmpty() ? tr("Type %1").arg(*rule.portRangeMin)
                                      //: %1 is an ICMP type number, %2 its name
                                      : tr("Type %1 (%2)").arg(*rule.portRangeMin).arg(name);
        if (rule.portRangeMax)
            //: %1 is "Type 3 (destination unreachable)", %2 an ICMP code number
            text = tr("%1, code %2").arg(text).arg(*rule.portRangeMax);
        return text;
    }
    if (!hasPorts(rule.protocol))
        return {};
    if (!rule.portRangeMin)
        //: Port range of a TCP or UDP rule that allows every port
        return tr("All");
    const int last = rule.portRangeMax.value_or(*rule.portRangeMin);
    if (last == *rule.portRangeMin)
        return QString::number(last);
    return QString(QString::number(*rule.portRangeMin) + u'–' + QString::number(last));
}

QString SecurityRuleSentence::remoteText(const SecurityGroupRule& rule, const QString& remoteGroupName)
{
    if (rule.remoteGroupId)
        //: Remote of a rule: the members of a security group; %1 is its name
        return tr("Group %1").arg(remoteGroupName.isEmpty() ? *rule.remoteGroupId : remoteGroupName);
    if (isAnywhere(rule))
        //: Remote of a rule: every address
        return tr("Anywhere");
    return *rule.remoteIpPrefix;
}

QString SecurityRuleSentence::directionText(const QString& direction)
{
    if (direction == u"egress")
        //: Direction of a rule: traffic the instances send
        return tr("Outgoing");
    //: Direction of a rule: traffic coming into the instances
    return tr("Incoming");
}

// "TCP 443", "UDP 1000–2000", "TCP on every port", "ICMP", "ICMP echo request, ping".
QString SecurityRuleSentence::whatText(const SecurityGroupRule& rule)
{
    const QString protocol = protocolText(rule.protocol);
    if (isIcmp(rule.protocol) && rule.portRangeMin)
        //: %1 is ICMP or ICMPv6, %2 the type: "ICMP type 8 (echo request, ping)"
        return tr("%1 %2").arg(protocol, portsText(rule).toLower());
    if (hasPorts(rule.protocol) && rule.portRangeMin)
        //: %1 is a protocol, %2 a port or a range: "TCP 443"
        return tr("%1 %2").arg(protocol, portsText(rule));
    if (hasPorts(rule.protocol))
        //: %1 is a protocol: "TCP on every port"
        return tr("%1 on every port").arg(protocol);
    return protocol;
}

QString SecurityRuleSentence::sentence(const SecurityGroupRule& rule, const QString& remoteGroupName)
{
    const bool outgoing = rule.direction == u"egress";
    QString remote;
    if (rule.remoteGroupId)
        //: Where traffic comes from or goes to: the instances in a security group; %1 is its name
        remote = tr("members of group %1").arg(remoteGroupName.isEmpty() ? *rule.remoteGroupId : remoteGroupName);
    else if (!isAnywhere(rule))
        remote = *rule.remoteIpPrefix;
    const bool anyProtocol = !rule.protocol || rule.protocol->isEmpty() || *rule.protocol == u"any";
    if (anyProtocol) {
        const QString family = rule.ethertype == u"IPv6" ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
        if (outgoing)
            return remote.isEmpty() ? tr("Allow all outgoing %1 traffic").arg(family)
                                    //: %1 is IPv4 or IPv6, %2 a CIDR or "members of group web"
                                    : tr("Allow all outgoing %1 traffic to %2").arg(family, remote);
        return remote.isEmpty() ? tr("Allow all incoming %1 traffic from anywhere").arg(family)
                                : tr("Allow all incoming %1 traffic from %2").arg(family, remote);
    }
    const QString what = whatText(rule);
    // A port says which way by itself ("TCP 443 from"); a bare protocol needs "incoming".
    const bool named = hasPorts(rule.protocol) || (isIcmp(rule.protocol) && rule.portRangeMin);
    if (outgoing) {
        if (remote.isEmpty())
            //: %1 is e.g. "UDP 53" or "ICMP": traffic that instances send
            return named ? tr("Allow %1 to anywhere").arg(what) : tr("Allow outgoing %1 to anywhere").arg(what);
        //: %1 is e.g. "UDP 53" or "ICMP", %2 a CIDR or "members of group web"
        return named ? tr("Allow %1 to %2").arg(what, remote) : tr("Allow outgoing %1 to %2").arg(what, remote);
    }
    if (remote.isEmpty())
        //: %1 is e.g. "TCP 443" or "ICMP": traffic instances receive
        return named ? tr("Allow %1 from anywhere").arg(what) : tr("Allow incoming %1 from anywhere").arg(what);
    //: %1 is e.g. "TCP 3306" or "ICMP", %2 a CIDR or "members of group web"
    return named ? tr("Allow %1 from %2").arg(what, remote) : tr("Allow incoming %1 from %2").arg(what, remote);
}

} // namespace zenith
