#include "demoneutronsecgrouprules.h"

#include "demoneutronaddress.h"
#include "demoneutronjson.h"
#include "demoneutronlist.h"
#include "demoneutronquotas.h"
#include "demoneutronsecgroups.h"

#include <QJsonArray>
#include <QSet>

namespace zenith::demo::neutron {

namespace {

const Attributes kAttributes{{QStringLiteral("security_group_id"), QStringLiteral("remote_group_id"),
                              QStringLiteral("direction"), QStringLiteral("protocol"), QStringLiteral("port_range_min"),
                              QStringLiteral("port_range_max"), QStringLiteral("ethertype"),
                              QStringLiteral("remote_ip_prefix"), QStringLiteral("remote_address_group_id"),
                              QStringLiteral("description")},
                             {}};

// neutron_lib.constants.IP_PROTOCOL_MAP.
const QList<QPair<QString, int>> kProtocols{
    {QStringLiteral("ah"), 51},        {QStringLiteral("dccp"), 33},       {QStringLiteral("egp"), 8},
    {QStringLiteral("esp"), 50},       {QStringLiteral("gre"), 47},        {QStringLiteral("hopopt"), 0},
    {QStringLiteral("icmp"), 1},       {QStringLiteral("igmp"), 2},        {QStringLiteral("ip"), 0},
    {QStringLiteral("ipip"), 4},       {QStringLiteral("ipv6-encap"), 41}, {QStringLiteral("ipv6-frag"), 44},
    {QStringLiteral("ipv6-icmp"), 58}, {QStringLiteral("icmpv6"), 58},     {QStringLiteral("ipv6-nonxt"), 59},
    {QStringLiteral("ipv6-opts"), 60}, {QStringLiteral("ipv6-route"), 43}, {QStringLiteral("ospf"), 89},
    {QStringLiteral("pgm"), 113},      {QStringLiteral("rsvp"), 46},       {QStringLiteral("sctp"), 132},
    {QStringLiteral("tcp"), 6},        {QStringLiteral("udp"), 17},        {QStringLiteral("udplite"), 136},
    {QStringLiteral("vrrp"), 112}};

QString rulesOf(const QString& region)
{
    return key(region, QStringLiteral("security_group_rules"));
}

DemoReply ruleNotFound(const QString& id)
{
    return error(404, QStringLiteral("SecurityGroupRuleNotFound"),
                 QStringLiteral("Security group rule %1 does not exist").arg(id));
}

// The protocol's number, or -1 for none.
int protocolNumber(const QJsonValue& protocol)
{
    if (!protocol.isString())
        return -1;
    for (const auto& [name, number] : kProtocols) {
        if (name == protocol.toString())
            return number;
    }
    return protocol.toString().toInt();
}

// securitygroup.py convert_protocol: a name of IP_PROTOCOL_MAP or a number 0-255, as a string.
std::variant<QJsonValue, DemoReply> convertProtocol(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QJsonValue(QJsonValue::Null);
    bool isNumber = false;
    const int number = value.isDouble() ? value.toInt() : value.toString().toInt(&isNumber);
    if ((value.isDouble() || isNumber) && number >= 0 && number <= 255)
        return QJsonValue(QString::number(number));
    const QString lower = value.toString().toLower();
    for (const auto& [name, n] : kProtocols) {
        if (value.isString() && !isNumber && name == lower)
            return QJsonValue(lower);
    }
    QStringList names{QStringLiteral("None")};
    for (const auto& [name, n] : kProtocols)
        names.append(u'\'' + name + u'\'');
    return error(400, QStringLiteral("SecurityGroupRuleInvalidProtocol"),
                 QStringLiteral("Security group rule protocol %1 not supported. Only protocol values [%2] and integer "
                                "representations [0 to 255] are supported.")
                     .arg(pythonText(value), names.join(QStringLiteral(", "))));
}

std::variant<QJsonValue, DemoReply> convertPort(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QJsonValue(QJsonValue::Null);
    bool ok = value.isDouble() && value.toDouble() == double(value.toInt());
    const int port = value.isDouble() ? value.toInt() : value.toString().toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return error(400, QStringLiteral("SecurityGroupInvalidPortValue"),
                     QStringLiteral("Invalid value for port %1").arg(pythonText(value)));
    return QJsonValue(port);
}

std::variant<RuleSpec, DemoReply> convertRule(const QJsonObject& fields)
{
    for (const QString& required : {QStringLiteral("security_group_id"), QStringLiteral("direction")}) {
        if (!fields.contains(required))
            return badRequest(
                QStringLiteral("Failed to parse request. Required attribute '%1' not specified").arg(required));
    }
    RuleSpec rule;
    rule.securityGroupId = fields.value(u"security_group_id").toString();
    rule.remoteGroupId = fields.value(u"remote_group_id").isString() ? fields.value(u"remote_group_id") : QJsonValue();
    rule.direction = fields.value(u"direction").toString();
    if (rule.direction != u"ingress" && rule.direction != u"egress")
        return invalidAttribute(
            QStringLiteral("direction"),
            QStringLiteral("%1 is not in ['ingress', 'egress']").arg(pythonText(fields.value(u"direction"))));
    const auto protocol = convertProtocol(fields.value(u"protocol"));
    if (const auto* refused = std::get_if<DemoReply>(&protocol))
        return *refused;
    rule.protocol = std::get<QJsonValue>(protocol);
    for (const QString& k : {QStringLiteral("port_range_min"), QStringLiteral("port_range_max")}) {
        const auto port = convertPort(fields.value(k));
        if (const auto* refused = std::get_if<DemoReply>(&port))
            return *refused;
        (k == u"port_range_min" ? rule.portRangeMin : rule.portRangeMax) = std::get<QJsonValue>(port);
    }
    if (fields.contains(u"ethertype")) {
        const QString asked = fields.value(u"ethertype").toString().toLower();
        if (asked != u"ipv4" && asked != u"ipv6")
            return error(400, QStringLiteral("SecurityGroupRuleInvalidEtherType"),
                         QStringLiteral("Security group rule for ethertype '%1' not supported. Allowed values are "
                                        "['IPv4', 'IPv6'].")
                             .arg(pythonText(fields.value(u"ethertype"))));
        rule.ethertype = asked == u"ipv4" ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
    }
    if (!fields.value(u"remote_ip_prefix").isNull() && !fields.value(u"remote_ip_prefix").toString().isEmpty()) {
        const auto prefix = IpNetwork::parse(fields.value(u"remote_ip_prefix").toString());
        if (!prefix)
            return error(400, QStringLiteral("InvalidCIDR"),
                         QStringLiteral("Invalid CIDR %1 given as IP prefix.")
                             .arg(pythonText(fields.value(u"remote_ip_prefix"))));
        rule.remoteIpPrefix = QString(prefix->address.toString() + u'/' + QString::number(prefix->prefix));
    }
    rule.description = fields.contains(u"description") ? fields.value(u"description") : QJsonValue(QString());
    return rule;
}

// securitygroups_db._validate_port_range, after _make_canonical_port_range.
std::optional<DemoReply> checkPortRange(RuleSpec& rule)
{
    if (rule.portRangeMin == QJsonValue(1) && rule.portRangeMax == QJsonValue(65535))
        rule.portRangeMin = rule.portRangeMax = QJsonValue::Null;
    const QJsonValue min = rule.portRangeMin;
    const QJsonValue max = rule.portRangeMax;
    if (min.isNull() && max.isNull())
        return std::nullopt;
    if (rule.protocol.isNull())
        return error(400, QStringLiteral("SecurityGroupProtocolRequiredWithPorts"),
                     QStringLiteral("Must also specify protocol if port range is given."));
    const int number = protocolNumber(rule.protocol);
    if (QList<int>{33, 132, 6, 17, 136}.contains(number)) {
        if (min == QJsonValue(0) || max == QJsonValue(0))
            return error(400, QStringLiteral("SecurityGroupInvalidPortValue"),
                         QStringLiteral("Invalid value for port 0"));
        if (min.isNull() || max.isNull() || min.toInt() > max.toInt())
            return error(400, QStringLiteral("SecurityGroupInvalidPortRange"),
                         QStringLiteral("For TCP/UDP protocols, port_range_min must be <= port_range_max"));
    } else if (number == 1 || number == 58) {
        for (const auto& [value, attr, field] :
             {std::tuple{min, QStringLiteral("port_range_min"), QStringLiteral("type")},
              std::tuple{max, QStringLiteral("port_range_max"), QStringLiteral("code")}}) {
            if (!value.isNull() && (value.toInt() < 0 || value.toInt() > 255))
                return error(400, QStringLiteral("SecurityGroupInvalidIcmpValue"),
                             QStringLiteral("Invalid value for ICMP %1 (%2) %3. It must be 0 to 255.")
                                 .arg(field, attr)
                                 .arg(value.toInt()));
        }
        if (min.isNull() && !max.isNull())
            return error(400, QStringLiteral("SecurityGroupMissingIcmpType"),
                         QStringLiteral("ICMP code (port-range-max) %1 is provided but ICMP type (port-range-min) is "
                                        "missing.")
                             .arg(max.toInt()));
    } else {
        return error(400, QStringLiteral("SecurityGroupInvalidProtocolForPort"),
                     QStringLiteral("Ports cannot be specified for protocol %1. Ports are only supported for DCCP, "
                                    "SCTP, TCP, UDP, UDPLITE.")
                         .arg(number));
    }
    return std::nullopt;
}

// _rule_to_key: what makes two rules the same (0.0.0.0/0 and ::/0 count as no prefix, a protocol's
// name as its number).
QString ruleKey(const QJsonObject& rule)
{
    const auto text = [](const QJsonValue& v) {
        return v.isNull() || v.isUndefined() ? QStringLiteral("+") : filterText(v);
    };
    const QString prefix = rule.value(u"remote_ip_prefix").toString();
    const int protocol = protocolNumber(rule.value(u"protocol"));
    return QStringList{rule.value(u"direction").toString(),
                       rule.value(u"ethertype").toString(),
                       text(rule.value(u"port_range_max")),
                       text(rule.value(u"port_range_min")),
                       protocol < 0 ? QStringLiteral("+") : QString::number(protocol),
                       text(rule.value(u"remote_group_id")),
                       prefix.isEmpty() || prefix == u"0.0.0.0/0" || prefix == u"::/0" ? QStringLiteral("+") : prefix,
                       rule.value(u"security_group_id").toString()}
        .join(u'_');
}

std::optional<DemoReply> checkRule(const DemoEnv& env, const DemoRequest& request, RuleSpec& rule)
{
    if (rule.ethertype == u"IPv6" &&
        (rule.protocol == QJsonValue(QStringLiteral("icmp")) || rule.protocol == QJsonValue(QStringLiteral("icmpv6"))))
        rule.protocol = QStringLiteral("ipv6-icmp");
    else if (rule.ethertype == u"IPv6" && rule.protocol == QJsonValue(QStringLiteral("1")))
        rule.protocol = QStringLiteral("58");
    if (auto refused = checkPortRange(rule))
        return refused;
    if (rule.remoteIpPrefix.isString()) {
        const auto prefix = IpNetwork::parse(rule.remoteIpPrefix.toString());
        if (QStringLiteral("IPv%1").arg(prefix->address.version) != rule.ethertype)
            return error(400, QStringLiteral("SecurityGroupRuleParameterConflict"),
                         QStringLiteral("Conflicting value ethertype %1 for CIDR %2")
                             .arg(rule.ethertype, rule.remoteIpPrefix.toString()));
    }
    const QList<int> v6Only{41, 44, 58, 59, 60, 43};
    if (rule.ethertype == u"IPv4" && v6Only.contains(protocolNumber(rule.protocol)))
        return error(400, QStringLiteral("SecurityGroupEthertypeConflictWithProtocol"),
                     QStringLiteral("Invalid ethertype IPv4 for protocol %1.").arg(rule.protocol.toString()));
    if (rule.remoteIpPrefix.isString() && rule.remoteGroupId.isString())
        return error(400, QStringLiteral("SecurityGroupMultipleRemoteEntites"),
                     QStringLiteral("Only one of remote_ip_prefix or remote_group_id or remote_address_group_id may "
                                    "be provided."));
    for (const QString& id : {rule.remoteGroupId.toString(), rule.securityGroupId}) {
        const QJsonObject* group = env.state.find(key(request, QStringLiteral("security_groups")), id);
        if (!id.isEmpty() && (!group || !owns(request, *group)))
            return securityGroupNotFound(id);
    }
    return std::nullopt;
}

// The API layer's part of a create, for each rule of a body: attributes, owner, values converted.
std::variant<RuleSpec, DemoReply> ruleInput(const DemoRequest& request, const QJsonObject& fields)
{
    if (auto refused = checkAttributes(fields, kAttributes, true))
        return *refused;
    const auto owner = ownerOf(request, fields);
    if (const auto* refused = std::get_if<DemoReply>(&owner))
        return *refused;
    auto converted = convertRule(fields);
    if (auto* rule = std::get_if<RuleSpec>(&converted))
        rule->projectId = std::get<QString>(owner);
    return converted;
}

QString ruleKey(const RuleSpec& rule)
{
    return ruleKey(QJsonObject{{QStringLiteral("direction"), rule.direction},
                               {QStringLiteral("ethertype"), rule.ethertype},
                               {QStringLiteral("port_range_max"), rule.portRangeMax},
                               {QStringLiteral("port_range_min"), rule.portRangeMin},
                               {QStringLiteral("protocol"), rule.protocol},
                               {QStringLiteral("remote_group_id"), rule.remoteGroupId},
                               {QStringLiteral("remote_ip_prefix"), rule.remoteIpPrefix},
                               {QStringLiteral("security_group_id"), rule.securityGroupId}});
}

// securitygroups_db._check_for_duplicate_rules: twice in one body, or already in the group.
std::optional<DemoReply> checkDuplicates(const DemoEnv& env, const QString& region, const QList<RuleSpec>& rules)
{
    QSet<QString> keys;
    for (const RuleSpec& rule : rules) {
        if (keys.contains(ruleKey(rule)))
            return error(409, QStringLiteral("DuplicateSecurityGroupRuleInPost"),
                         QStringLiteral("Duplicate Security Group Rule in POST."));
        keys.insert(ruleKey(rule));
    }
    for (const QJsonObject& existing : rulesOfGroup(env, region, rules.first().securityGroupId)) {
        if (keys.contains(ruleKey(existing)))
            return error(409, QStringLiteral("SecurityGroupRuleExists"),
                         QStringLiteral("Security group rule already exists. Rule id is %1.")
                             .arg(existing.value(u"id").toString()));
    }
    return std::nullopt;
}

// Single ({"security_group_rule": {...}}) or bulk ({"security_group_rules": [...]}, all of one
// group): every rule checked before any is stored, so a bulk creates all or none.
DemoReply createRules(DemoEnv& env, DemoRequest& request)
{
    const bool bulk = request.bodyIsJsonObject && request.body.contains(u"security_group_rules");
    QList<QJsonObject> bodies;
    if (bulk) {
        for (const QJsonValue& element : request.body.value(u"security_group_rules").toArray())
            bodies.append(element.toObject());
        if (bodies.isEmpty())
            return badRequest(QStringLiteral("Resources required"));
    } else {
        const auto body = resourceBody(request, QStringLiteral("security_group_rule"));
        if (const auto* refused = std::get_if<DemoReply>(&body))
            return *refused;
        bodies.append(std::get<QJsonObject>(body));
    }
    QList<RuleSpec> rules;
    for (const QJsonObject& fields : std::as_const(bodies)) {
        auto rule = ruleInput(request, fields);
        if (const auto* refused = std::get_if<DemoReply>(&rule))
            return *refused;
        rules.append(std::get<RuleSpec>(rule));
    }
    for (const RuleSpec& rule : std::as_const(rules)) {
        if (rule.securityGroupId != rules.first().securityGroupId || rule.projectId != rules.first().projectId)
            return error(400, QStringLiteral("SecurityGroupNotSingleGroupRules"),
                         QStringLiteral("Only allowed to update rules for one security profile at a time"));
    }
    for (RuleSpec& rule : rules) {
        if (auto refused = checkRule(env, request, rule))
            return *refused;
    }
    if (auto refused = overQuota(env, request.region, rules.first().projectId, QStringLiteral("security_group_rule"),
                                 int(rules.size())))
        return *refused;
    if (auto refused = checkDuplicates(env, request.region, rules))
        return *refused;
    QJsonArray created;
    for (const RuleSpec& rule : std::as_const(rules)) {
        QJsonObject made = makeSecurityGroupRule(env, request.region, rule);
        made.remove(QStringLiteral("tags")); // the rule's own reply has none; the group's copy has them
        created.append(made);
    }
    if (QJsonObject* group =
            env.state.find(key(request, QStringLiteral("security_groups")), rules.first().securityGroupId))
        touch(*group);
    if (bulk)
        return DemoReply::json(201, QJsonObject{{QStringLiteral("security_group_rules"), created}});
    return one(201, QStringLiteral("security_group_rule"), created.first().toObject());
}

bool ruleVisible(const DemoEnv& env, const DemoRequest& request, const QJsonObject& rule)
{
    if (owns(request, rule))
        return true;
    const QJsonObject* group =
        env.state.find(key(request, QStringLiteral("security_groups")), rule.value(u"security_group_id").toString());
    return group && owns(request, *group);
}

} // namespace

QJsonObject makeSecurityGroupRule(DemoEnv& env, const QString& region, const RuleSpec& spec)
{
    QJsonObject rule = newResource(spec.projectId);
    rule.insert(QStringLiteral("security_group_id"), spec.securityGroupId);
    rule.insert(QStringLiteral("direction"), spec.direction);
    rule.insert(QStringLiteral("ethertype"), spec.ethertype);
    rule.insert(QStringLiteral("protocol"), spec.protocol);
    rule.insert(QStringLiteral("port_range_min"), spec.portRangeMin);
    rule.insert(QStringLiteral("port_range_max"), spec.portRangeMax);
    rule.insert(QStringLiteral("remote_ip_prefix"), spec.remoteIpPrefix);
    rule.insert(QStringLiteral("remote_group_id"), spec.remoteGroupId);
    rule.insert(QStringLiteral("remote_address_group_id"), QJsonValue::Null);
    rule.insert(QStringLiteral("description"), spec.description);
    const auto prefix = IpNetwork::parse(spec.remoteIpPrefix.toString());
    rule.insert(QStringLiteral("normalized_cidr"), prefix ? QJsonValue(prefix->cidr()) : QJsonValue(QJsonValue::Null));
    return env.state.put(rulesOf(region), rule);
}

QList<QJsonObject> rulesOfGroup(const DemoEnv& env, const QString& region, const QString& groupId)
{
    return env.state.select(rulesOf(region), [&](const QJsonObject& rule) {
        return rule.value(u"security_group_id").toString() == groupId;
    });
}

void addSecurityGroupRuleRoutes(DemoEnv& env, DemoRouter& router)
{
    const QString s = QStringLiteral("network");
    const QString one_ = QStringLiteral("v2.0/security-group-rules/{rule_id}");
    router.add(s, "POST", QStringLiteral("v2.0/security-group-rules"),
               [&env](DemoRequest& r) { return createRules(env, r); });
    router.add(s, "GET", QStringLiteral("v2.0/security-group-rules"), [&env](DemoRequest& r) {
        ensureDefaultSecurityGroup(env, r.region, r.caller.projectId);
        const auto visible =
            env.state.select(rulesOf(r.region), [&](const QJsonObject& rule) { return ruleVisible(env, r, rule); });
        return listReply(r, visible, ListSpec{QStringLiteral("security_group_rules"), {}, ruleNotFound, {}});
    });
    router.add(s, "GET", one_, [&env](DemoRequest& r) {
        const QString id = r.param(QStringLiteral("rule_id"));
        const QJsonObject* rule = env.state.find(rulesOf(r.region), id);
        if (!rule || !ruleVisible(env, r, *rule))
            return ruleNotFound(id);
        return one(200, QStringLiteral("security_group_rule"), withFields(r, *rule));
    });
    router.add(s, "DELETE", one_, [&env](DemoRequest& r) {
        const QString id = r.param(QStringLiteral("rule_id"));
        const QJsonObject* rule = env.state.find(rulesOf(r.region), id);
        if (!rule || !ruleVisible(env, r, *rule))
            return ruleNotFound(id);
        if (QJsonObject* group =
                env.state.find(key(r, QStringLiteral("security_groups")), rule->value(u"security_group_id").toString()))
            touch(*group);
        env.state.remove(rulesOf(r.region), id);
        return DemoReply::empty(204);
    });
}

} // namespace zenith::demo::neutron
