#include "demoneutronsecgroups.h"

#include "demoneutronjson.h"
#include "demoneutronlist.h"
#include "demoneutronquotas.h"
#include "demoneutronsecgrouprules.h"

#include <QHash>
#include <QJsonArray>

namespace zenith::demo::neutron {

namespace {

const Attributes kAttributes{{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("stateful")},
                             {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("stateful")}};

QString groupsOf(const QString& region)
{
    return key(region, QStringLiteral("security_groups"));
}

// neutron/extensions/securitygroup.py: neither a new group nor a renamed one may be called "default".
std::optional<DemoReply> checkName(const QJsonObject& fields)
{
    if (!fields.contains(u"name"))
        return std::nullopt;
    if (auto refused = checkString(QStringLiteral("name"), fields.value(u"name")))
        return refused;
    if (fields.value(u"name").toString().toLower() == u"default")
        return error(409, QStringLiteral("SecurityGroupDefaultAlreadyExists"),
                     QStringLiteral("Default security group already exists."));
    return std::nullopt;
}

bool inUse(const DemoEnv& env, const QString& region, const QString& groupId)
{
    return !env.state
                .select(key(region, QStringLiteral("ports")),
                        [&](const QJsonObject& port) {
                            return port.value(u"security_groups").toArray().contains(QJsonValue(groupId));
                        })
                .isEmpty();
}

QJsonObject makeGroup(DemoEnv& env, const QString& region, const QString& projectId, const QString& name,
                      const QString& description, bool stateful, bool isDefault)
{
    QJsonObject group = newResource(projectId);
    group.insert(QStringLiteral("name"), name);
    group.insert(QStringLiteral("description"), description);
    group.insert(QStringLiteral("stateful"), stateful);
    group.insert(QStringLiteral("shared"), false);
    group.insert(QStringLiteral("revision_number"), 1);
    env.state.put(groupsOf(region), group);
    const QString id = group.value(u"id").toString();
    for (const QString& ethertype : {QStringLiteral("IPv4"), QStringLiteral("IPv6")}) {
        RuleSpec rule{projectId, id, QStringLiteral("ingress"), ethertype};
        if (isDefault) { // members of the default group talk to each other
            rule.remoteGroupId = id;
            makeSecurityGroupRule(env, region, rule);
        }
        rule.direction = QStringLiteral("egress");
        rule.remoteGroupId = QJsonValue::Null;
        makeSecurityGroupRule(env, region, rule);
    }
    return group;
}

DemoReply createGroup(DemoEnv& env, DemoRequest& request)
{
    const auto input = createInput(request, QStringLiteral("security_group"), kAttributes);
    if (const auto* refused = std::get_if<DemoReply>(&input))
        return *refused;
    const QJsonObject fields = std::get<CreateInput>(input).fields;
    const QString owner = std::get<CreateInput>(input).projectId;
    if (auto refused = checkName(fields))
        return *refused;
    if (fields.contains(u"description")) {
        if (auto refused = checkString(QStringLiteral("description"), fields.value(u"description")))
            return *refused;
    }
    bool stateful = true;
    if (fields.contains(u"stateful")) {
        const auto value = toBoolean(fields.value(u"stateful"));
        if (const auto* refused = std::get_if<DemoReply>(&value))
            return *refused;
        stateful = std::get<bool>(value);
    }
    const QString project = owner;
    ensureDefaultSecurityGroup(env, request.region, project);
    if (auto refused = overQuota(env, request.region, project, QStringLiteral("security_group")))
        return *refused;
    if (auto refused = overQuota(env, request.region, project, QStringLiteral("security_group_rule"), 2))
        return *refused;
    const QJsonObject group = makeGroup(env, request.region, project, fields.value(u"name").toString(),
                                        fields.value(u"description").toString(), stateful, false);
    return one(201, QStringLiteral("security_group"), securityGroupView(env, request.region, group));
}

std::variant<QJsonObject, DemoReply> visibleGroup(const DemoEnv& env, const DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("security_group_id"));
    const QJsonObject* group = env.state.find(groupsOf(request.region), id);
    if (!group || !owns(request, *group))
        return securityGroupNotFound(id);
    return *group;
}

DemoReply updateGroup(DemoEnv& env, DemoRequest& request)
{
    const auto body = resourceBody(request, QStringLiteral("security_group"));
    if (const auto* refused = std::get_if<DemoReply>(&body))
        return *refused;
    const QJsonObject fields = std::get<QJsonObject>(body);
    if (auto refused = checkAttributes(fields, kAttributes, false))
        return *refused;
    auto found = visibleGroup(env, request);
    if (const auto* refused = std::get_if<DemoReply>(&found))
        return *refused;
    QJsonObject group = std::get<QJsonObject>(found);
    if (group.value(u"name").toString() == u"default" && fields.contains(u"name"))
        return error(409, QStringLiteral("SecurityGroupCannotUpdateDefault"),
                     QStringLiteral("Updating default security group not allowed."));
    if (auto refused = checkName(fields))
        return *refused;
    if (fields.contains(u"description")) {
        if (auto refused = checkString(QStringLiteral("description"), fields.value(u"description")))
            return *refused;
        group.insert(QStringLiteral("description"), fields.value(u"description"));
    }
    if (fields.contains(u"stateful")) {
        const auto value = toBoolean(fields.value(u"stateful"));
        if (const auto* refused = std::get_if<DemoReply>(&value))
            return *refused;
        if (std::get<bool>(value) != group.value(u"stateful").toBool() &&
            inUse(env, request.region, group.value(u"id").toString()))
            return error(409, QStringLiteral("SecurityGroupInUse"),
                         QStringLiteral("Security Group %1 in use.").arg(group.value(u"id").toString()));
        group.insert(QStringLiteral("stateful"), std::get<bool>(value));
    }
    if (fields.contains(u"name"))
        group.insert(QStringLiteral("name"), fields.value(u"name"));
    touch(group);
    env.state.put(groupsOf(request.region), group);
    return one(200, QStringLiteral("security_group"), securityGroupView(env, request.region, group));
}

DemoReply deleteGroup(DemoEnv& env, DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("security_group_id"));
    if (inUse(env, request.region, id))
        return error(409, QStringLiteral("SecurityGroupInUse"), QStringLiteral("Security Group %1 in use.").arg(id));
    auto found = visibleGroup(env, request);
    if (const auto* refused = std::get_if<DemoReply>(&found))
        return *refused;
    if (std::get<QJsonObject>(found).value(u"name").toString() == u"default" && !request.caller.admin)
        return error(409, QStringLiteral("SecurityGroupCannotRemoveDefault"),
                     QStringLiteral("Insufficient rights for removing default security group."));
    // The rules go with the group, and so do other groups' rules that name it as their remote.
    const QString rules = key(request, QStringLiteral("security_group_rules"));
    for (const QJsonObject& rule : env.state.items(rules)) {
        if (rule.value(u"security_group_id").toString() == id || rule.value(u"remote_group_id").toString() == id)
            env.state.remove(rules, rule.value(u"id").toString());
    }
    env.state.remove(groupsOf(request.region), id);
    return DemoReply::empty(204);
}

DemoReply listGroups(DemoEnv& env, DemoRequest& request)
{
    const ListQuery query(request);
    // Listing makes the project's default group, for the project filtered on or the caller's.
    const QString project = query.value(QStringLiteral("project_id"), request.caller.projectId);
    if (project == request.caller.projectId || request.caller.admin)
        ensureDefaultSecurityGroup(env, request.region, project);
    QList<QJsonObject> visible;
    for (const QJsonObject& group : env.state.items(groupsOf(request.region))) {
        if (owns(request, group))
            visible.append(group);
    }
    ListSpec spec{QStringLiteral("security_groups"), {}, securityGroupNotFound, {}};
    // The rules go only into the groups of the page, found in one pass over the rules: a view of
    // every group, each scanning every rule, made listing 500 groups of 20 rules scan 10,000 rules
    // 500 times per page.
    spec.completePage = [&env, &request](QList<QJsonObject>& page) {
        QHash<QString, QJsonArray> rulesByGroup;
        for (const QJsonObject& group : std::as_const(page))
            rulesByGroup.insert(group.value(u"id").toString(), {});
        for (const QJsonObject& rule : env.state.items(key(request.region, QStringLiteral("security_group_rules")))) {
            auto it = rulesByGroup.find(rule.value(u"security_group_id").toString());
            if (it != rulesByGroup.end())
                it->append(rule);
        }
        for (QJsonObject& group : page)
            group.insert(QStringLiteral("security_group_rules"), rulesByGroup.value(group.value(u"id").toString()));
    };
    return listReply(request, query, visible, spec);
}

} // namespace

QString ensureDefaultSecurityGroup(DemoEnv& env, const QString& region, const QString& projectId)
{
    if (projectId.isEmpty())
        return {};
    for (const QJsonObject& group : env.state.items(groupsOf(region))) {
        if (group.value(u"project_id").toString() == projectId && group.value(u"name").toString() == u"default")
            return group.value(u"id").toString();
    }
    return makeGroup(env, region, projectId, QStringLiteral("default"), QStringLiteral("Default security group"), true,
                     true)
        .value(u"id")
        .toString();
}

QJsonObject securityGroupView(const DemoEnv& env, const QString& region, const QJsonObject& group)
{
    QJsonArray rules;
    for (const QJsonObject& rule : rulesOfGroup(env, region, group.value(u"id").toString()))
        rules.append(rule);
    QJsonObject shown = group;
    shown.insert(QStringLiteral("security_group_rules"), rules);
    return shown;
}

DemoReply securityGroupNotFound(const QString& id)
{
    return error(404, QStringLiteral("SecurityGroupNotFound"),
                 QStringLiteral("Security group %1 does not exist").arg(id));
}

void addSecurityGroupRoutes(DemoEnv& env, DemoRouter& router)
{
    const QString s = QStringLiteral("network");
    const QString one_ = QStringLiteral("v2.0/security-groups/{security_group_id}");
    router.add(s, "POST", QStringLiteral("v2.0/security-groups"),
               [&env](DemoRequest& r) { return createGroup(env, r); });
    router.add(s, "GET", QStringLiteral("v2.0/security-groups"), [&env](DemoRequest& r) { return listGroups(env, r); });
    router.add(s, "GET", one_, [&env](DemoRequest& r) {
        auto found = visibleGroup(env, r);
        if (const auto* refused = std::get_if<DemoReply>(&found))
            return *refused;
        return one(200, QStringLiteral("security_group"),
                   withFields(r, securityGroupView(env, r.region, std::get<QJsonObject>(found))));
    });
    router.add(s, "PUT", one_, [&env](DemoRequest& r) { return updateGroup(env, r); });
    router.add(s, "DELETE", one_, [&env](DemoRequest& r) { return deleteGroup(env, r); });
}

} // namespace zenith::demo::neutron
