#include "securityruleinput.h"

#include "securityrulesentence.h"

#include <QHostAddress>

namespace zenith {

namespace {

// The protocol names Neutron accepts (neutron-lib constants IP_PROTOCOL_MAP), besides numbers.
const QStringList kProtocolNames{
    QStringLiteral("tcp"),        QStringLiteral("udp"),       QStringLiteral("icmp"),
    QStringLiteral("ah"),         QStringLiteral("dccp"),      QStringLiteral("egp"),
    QStringLiteral("esp"),        QStringLiteral("gre"),       QStringLiteral("igmp"),
    QStringLiteral("ipv6-encap"), QStringLiteral("ipv6-frag"), QStringLiteral("ipv6-icmp"),
    QStringLiteral("ipv6-nonxt"), QStringLiteral("ipv6-opts"), QStringLiteral("ipv6-route"),
    QStringLiteral("ospf"),       QStringLiteral("pgm"),       QStringLiteral("rsvp"),
    QStringLiteral("sctp"),       QStringLiteral("udplite"),   QStringLiteral("vrrp")};

std::optional<int> wholeNumber(const QString& text, int min, int max)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

// The address with every bit after the first `length` cleared.
QHostAddress networkOf(const QHostAddress& address, int length)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 mask = length == 0 ? 0 : ~quint32(0) << (32 - length);
        return QHostAddress(address.toIPv4Address() & mask);
    }
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 0; i < 16; ++i) {
        const int kept = qBound(0, length - i * 8, 8);
        bytes[i] &= quint8(0xff00 >> kept);
    }
    return QHostAddress(bytes);
}

} // namespace

void SecurityRuleInput::applyPreset(Preset preset)
{
    portMax.clear();
    switch (preset) {
    case Preset::Ssh:
        protocol = QStringLiteral("tcp");
        portMin = QStringLiteral("22");
        break;
    case Preset::Http:
        protocol = QStringLiteral("tcp");
        portMin = QStringLiteral("80");
        break;
    case Preset::Https:
        protocol = QStringLiteral("tcp");
        portMin = QStringLiteral("443");
        break;
    case Preset::Icmp:
        protocol = QStringLiteral("icmp");
        portMin.clear();
        break;
    case Preset::Mysql:
        protocol = QStringLiteral("tcp");
        portMin = QStringLiteral("3306");
        break;
    case Preset::Dns:
        protocol = udpAndTcp.toString();
        portMin = QStringLiteral("53");
        break;
    }
    if (description.isEmpty() || description == u"ssh" || description == u"http" || description == u"https" ||
        description == u"ping" || description == u"mysql" || description == u"dns") {
        static const char* const names[] = {"ssh", "http", "https", "ping", "mysql", "dns"};
        description = QString::fromLatin1(names[int(preset)]);
    }
}

QString SecurityRuleInput::normalizedCidr(const QString& cidr, const QString& ethertype, QString* problem)
{
    const QString text = cidr.trimmed();
    const QString addressPart = text.section(u'/', 0, 0);
    const QString lengthPart = text.contains(u'/') ? text.section(u'/', 1) : QString();
    const QHostAddress address(addressPart);
    // QHostAddress takes inet_aton's short forms ("10.12" is 10.0.0.12): a block has four numbers.
    const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol && addressPart.count(u'.') == 3;
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int bits = v4 ? 32 : 128;
    const std::optional<int> length =
        lengthPart.isEmpty() && text.count(u'/') == 0 ? std::optional<int>(bits) : wholeNumber(lengthPart, 0, bits);
    if ((!v4 && !v6) || !length || text.count(u'/') > 1) {
        //: %1 is what the user typed in the Remote address field
        *problem = tr("“%1” is not an address block: type one like 10.12.0.0/16 (IPv4) or 2001:db8::/32 (IPv6), "
                      "or leave the field empty for anywhere.")
                       .arg(text);
        return {};
    }
    if (v6 != (ethertype == u"IPv6")) {
        *problem = v6 ? tr("%1 is an IPv6 block but the rule is for IPv4: choose IPv6, or type an IPv4 block "
                           "such as 10.12.0.0/16.")
                            .arg(text)
                      : tr("%1 is an IPv4 block but the rule is for IPv6: choose IPv4, or type an IPv6 block "
                           "such as 2001:db8::/32.")
                            .arg(text);
        return {};
    }
    const QHostAddress network = networkOf(address, *length);
    const QString normalized = network.toString() + u'/' + QString::number(*length);
    if (network != address && lengthPart.size() > 0) {
        //: %1 is what the user typed, %2 the block it lies in (e.g. 10.12.0.5/16 and 10.12.0.0/16)
        *problem = tr("%1 is an address inside a block, not a block: did you mean %2?").arg(text, normalized);
        return {};
    }
    return normalized;
}

void SecurityRuleInput::checkPorts(QList<Problem>* problems, std::optional<int>* min, std::optional<int>* max) const
{
    const QString first = portMin.trimmed();
    const QString last = portMax.trimmed();
    const QString p = protocol.trimmed().toLower();
    const std::optional<QString> named = p == udpAndTcp ? std::optional<QString>(QStringLiteral("tcp"))
                                                        : (p.isEmpty() ? std::nullopt : std::optional<QString>(p));
    if (SecurityRuleSentence::isIcmp(named)) {
        if (!first.isEmpty() && !(*min = wholeNumber(first, 0, 255)))
            problems->append({Field::PortMin, tr("The ICMP type is a number from 0 to 255 (8 is ping's echo "
                                                 "request), or leave it empty for every type.")});
        if (!last.isEmpty() && first.isEmpty())
            problems->append({Field::PortMin, tr("Type the ICMP type too: a code only means something for "
                                                 "one type.")});
        else if (!last.isEmpty() && !(*max = wholeNumber(last, 0, 255)))
            problems->append({Field::PortMax, tr("The ICMP code is a number from 0 to 255, or leave it empty "
                                                 "for every code.")});
        return;
    }
    if (!SecurityRuleSentence::hasPorts(named)) {
        if (!first.isEmpty() || !last.isEmpty())
            //: %1 is a protocol name such as GRE or Any
            problems->append({Field::PortMin, tr("%1 has no ports: a rule for it allows all of its traffic. "
                                                 "Clear the ports, or choose TCP or UDP.")
                                                  .arg(SecurityRuleSentence::protocolText(named))});
        return;
    }
    if (first.isEmpty()) {
        if (!last.isEmpty())
            problems->append({Field::PortMin, tr("Type the first port of the range too, or leave both ports "
                                                 "empty for every port.")});
        return;
    }
    const QString range = tr("A port is a whole number from 1 to 65535.");
    if (!(*min = wholeNumber(first, 1, 65535))) {
        problems->append({Field::PortMin, range});
        return;
    }
    if (last.isEmpty()) {
        *max = *min;
        return;
    }
    if (!(*max = wholeNumber(last, 1, 65535))) {
        problems->append({Field::PortMax, range});
        return;
    }
    if (**max < **min)
        //: %1 and %2 are port numbers
        problems->append({Field::PortMax, tr("The last port (%1) comes before the first (%2): swap them, or "
                                             "leave the last port empty for a single port.")
                                              .arg(**max)
                                              .arg(**min)});
}

QList<CreateSecurityGroupRuleRequest> SecurityRuleInput::rules(const QString& groupId, QList<Problem>* problems) const
{
    problems->clear();
    const QString p = protocol.trimmed().toLower();
    std::optional<QString> sent;
    if (p.isEmpty() || p == u"any") {
        sent = std::nullopt;
    } else if (p == udpAndTcp || kProtocolNames.contains(p)) {
        sent = p;
    } else if (wholeNumber(p, 0, 255)) {
        sent = QString::number(*wholeNumber(p, 0, 255));
    } else {
        //: %1 is what the user typed as the protocol
        problems->append({Field::Protocol, tr("“%1” is not a protocol: choose TCP, UDP, ICMP or Any, or type "
                                              "a protocol number from 0 to 255 (47 is GRE).")
                                               .arg(protocol.trimmed())});
    }
    // ICMP over IPv6 is another protocol: Neutron wants its own name for it.
    if (sent == u"icmp" && ethertype == u"IPv6")
        sent = QStringLiteral("ipv6-icmp");
    std::optional<int> min;
    std::optional<int> max;
    if (problems->isEmpty()) // ports mean something only for a known protocol
        checkPorts(problems, &min, &max);
    std::optional<QString> remoteIp;
    std::optional<QString> remoteGroup;
    if (remoteKind == RemoteKind::Group) {
        if (remoteGroupId.isEmpty())
            problems->append({Field::Remote, tr("Choose the group whose members the rule lets in.")});
        else
            remoteGroup = remoteGroupId;
    } else if (remoteCidr.trimmed().isEmpty()) {
        remoteIp = ethertype == u"IPv6" ? QStringLiteral("::/0") : QStringLiteral("0.0.0.0/0");
    } else {
        QString problem;
        remoteIp = normalizedCidr(remoteCidr, ethertype, &problem);
        if (!problem.isEmpty())
            problems->append({Field::Remote, problem});
    }
    if (description.size() > 255)
        problems->append(
            {Field::Description,
             tr("The description is %1 characters long: Neutron keeps 255 at most.").arg(description.size())});
    if (!problems->isEmpty())
        return {};
    CreateSecurityGroupRuleRequest rule;
    rule.securityGroupId = groupId;
    rule.direction = direction;
    rule.ethertype = ethertype;
    rule.protocol = sent;
    rule.portRangeMin = min;
    rule.portRangeMax = max;
    rule.remoteIpPrefix = remoteIp;
    rule.remoteGroupId = remoteGroup;
    rule.description = description.trimmed();
    if (sent != udpAndTcp)
        return {rule};
    CreateSecurityGroupRuleRequest tcp = rule;
    rule.protocol = QStringLiteral("udp");
    tcp.protocol = QStringLiteral("tcp");
    return {rule, tcp};
}

} // namespace zenith
