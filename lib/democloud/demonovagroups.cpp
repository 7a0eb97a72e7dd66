#include "demonovacommon.h"
#include "demonovalimits.h"
#include "demonovaroutes.h"

namespace zenith::demo::nova {

namespace {

QString groupsOf(const DemoRequest& request)
{
    return coll(request, QStringLiteral("server_groups"));
}

// From 2.64 one "policy" and its "rules"; before, a list "policies" and an empty "metadata".
QJsonObject groupView(const DemoRequest& request, const QJsonObject& group)
{
    QJsonObject view{{QStringLiteral("id"), group.value(u"id")},
                     {QStringLiteral("name"), group.value(u"name")},
                     {QStringLiteral("members"), group.value(u"members")}};
    if (atLeast(request, 64)) {
        view.insert(QStringLiteral("policy"), group.value(u"policy"));
        view.insert(QStringLiteral("rules"), group.value(u"rules").toObject());
    } else {
        view.insert(QStringLiteral("policies"), QJsonArray{group.value(u"policy")});
        view.insert(QStringLiteral("metadata"), QJsonObject());
    }
    if (atLeast(request, 13)) {
        view.insert(QStringLiteral("project_id"), group.value(u"project_id"));
        view.insert(QStringLiteral("user_id"), group.value(u"user_id"));
    }
    return view;
}

QStringList allowedPolicies(const DemoRequest& request)
{
    QStringList policies{QStringLiteral("anti-affinity"), QStringLiteral("affinity")};
    if (atLeast(request, 15))
        policies += {QStringLiteral("soft-anti-affinity"), QStringLiteral("soft-affinity")};
    return policies;
}

QString quotedList(const QStringList& items)
{
    QJsonArray array;
    for (const QString& i : items)
        array.append(i);
    return pythonRepr(array);
}

// The schema of os-server-groups create at the request's microversion; the policy on success.
std::variant<QString, DemoReply> checkGroup(const DemoRequest& request, const QJsonObject& group)
{
    if (group.contains(u"name")) {
        const QJsonValue name = group.value(u"name");
        if (!name.isString() || name.toString().isEmpty() || name.toString().size() > 255)
            return invalidInput(QStringLiteral("name"), name,
                                name.isString() ? pythonRepr(name) + QStringLiteral(" is too long")
                                                : pythonRepr(name) + QStringLiteral(" is not of type 'string'"));
    }
    const QStringList policies = allowedPolicies(request);
    const bool modern = atLeast(request, 64);
    const QString key = modern ? QStringLiteral("policy") : QStringLiteral("policies");
    const QJsonValue asked = modern ? group.value(key) : group.value(key).toArray().first();
    if (group.contains(key) && !policies.contains(asked.toString()))
        return invalidInput(modern ? key : QStringLiteral("0"), asked,
                            pythonRepr(asked) + QStringLiteral(" is not one of ") + quotedList(policies));
    const QJsonValue perHost = group.value(u"rules").toObject().value(u"max_server_per_host");
    if (modern && !perHost.isUndefined() && nonNegativeInt(perHost).value_or(0) < 1)
        return invalidInput(QStringLiteral("max_server_per_host"), perHost,
                            pythonRepr(perHost) + QStringLiteral(" is less than the minimum of 1"));
    for (const QString& required : {QStringLiteral("name"), key}) {
        if (!group.contains(required))
            return missingProperty(request, {QStringLiteral("server_group")}, required);
    }
    for (auto it = group.constBegin(); it != group.constEnd(); ++it) {
        if (it.key() != u"name" && it.key() != key && !(modern && it.key() == u"rules"))
            return invalidPart(
                request, {QStringLiteral("server_group")},
                QStringLiteral("Additional properties are not allowed ('%1' was unexpected)").arg(it.key()));
    }
    return asked.toString();
}

DemoReply createGroup(DemoEnv& env, DemoRequest& request)
{
    if (!request.bodyIsJsonObject)
        return malformedBody();
    if (!request.body.value(u"server_group").isObject())
        return errors::nova(400, QStringLiteral("'server_group' is a required property"));
    const QJsonObject asked = request.body.value(u"server_group").toObject();
    auto checked = checkGroup(request, asked);
    if (auto* refused = std::get_if<DemoReply>(&checked))
        return *refused;
    const QString policy = std::get<QString>(checked);
    const QString project = request.caller.projectId;
    if (usageOf(env, request.region, project).serverGroups >= quotaOf(env, request.region, project).serverGroups)
        return errors::nova(403, QStringLiteral("Quota exceeded, too many server groups."));
    const QJsonObject rules = atLeast(request, 64) ? asked.value(u"rules").toObject() : QJsonObject();
    if (policy != u"anti-affinity" && !rules.isEmpty())
        return errors::nova(400, QStringLiteral("Only anti-affinity policy supports rules."));
    QJsonObject storedRules;
    if (rules.contains(u"max_server_per_host"))
        storedRules.insert(QStringLiteral("max_server_per_host"), *nonNegativeInt(rules.value(u"max_server_per_host")));
    const QJsonObject group{{QStringLiteral("id"), DemoEnv::newId()},
                            {QStringLiteral("name"), asked.value(u"name")},
                            {QStringLiteral("policy"), policy},
                            {QStringLiteral("rules"), storedRules},
                            {QStringLiteral("members"), QJsonArray()},
                            {QStringLiteral("project_id"), project},
                            {QStringLiteral("user_id"), request.caller.userId}};
    env.state.put(groupsOf(request), group);
    return DemoReply::json(200, QJsonObject{{QStringLiteral("server_group"), groupView(request, group)}});
}

DemoReply listGroups(const DemoEnv& env, const DemoRequest& request)
{
    const bool everyone = request.caller.admin && !request.queryValue(QStringLiteral("all_projects")).isEmpty();
    QList<QJsonObject> groups = env.state.select(groupsOf(request), [&](const QJsonObject& g) {
        return everyone || g.value(u"project_id").toString() == request.caller.projectId;
    });
    DemoReply refused;
    const auto limit = pageLimit(request, &refused);
    if (!limit)
        return refused;
    const int offset = request.queryValue(QStringLiteral("offset")).toInt();
    QJsonArray items;
    for (const QJsonObject& g : groups.mid(offset, *limit))
        items.append(groupView(request, g));
    return DemoReply::json(200, QJsonObject{{QStringLiteral("server_groups"), items}});
}

const QJsonObject* findGroup(const DemoEnv& env, const DemoRequest& request, const QString& id)
{
    const QJsonObject* group = env.state.find(groupsOf(request), id);
    if (!group || (!request.caller.admin && group->value(u"project_id").toString() != request.caller.projectId))
        return nullptr;
    return group;
}

DemoReply groupNotFound(const QString& id)
{
    return errors::nova(404, QStringLiteral("Instance group %1 could not be found.").arg(id));
}

DemoReply showGroup(const DemoEnv& env, const DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("group_id"));
    const QJsonObject* group = findGroup(env, request, id);
    if (!group)
        return groupNotFound(id);
    return DemoReply::json(200, QJsonObject{{QStringLiteral("server_group"), groupView(request, *group)}});
}

DemoReply deleteGroup(DemoEnv& env, const DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("group_id"));
    if (!findGroup(env, request, id))
        return groupNotFound(id);
    env.state.remove(groupsOf(request), id);
    return DemoReply::empty(204);
}

} // namespace

void addServerGroupRoutes(DemoRouter& router, DemoEnv& env)
{
    const QString compute = QStringLiteral("compute");
    const QString all = QStringLiteral("v2.1/os-server-groups");
    const QString one = all + QStringLiteral("/{group_id}");
    router.add(compute, "GET", all, [&env](DemoRequest& r) { return listGroups(env, r); });
    router.add(compute, "POST", all, [&env](DemoRequest& r) { return createGroup(env, r); });
    router.add(compute, "GET", one, [&env](DemoRequest& r) { return showGroup(env, r); });
    router.add(compute, "DELETE", one, [&env](DemoRequest& r) { return deleteGroup(env, r); });
}

} // namespace zenith::demo::nova
