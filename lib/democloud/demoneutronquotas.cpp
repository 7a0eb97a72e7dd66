#include "demoneutronquotas.h"

#include "demoneutronjson.h"

namespace zenith::demo::neutron {

namespace {

// neutron/conf/quota.py and the extensions' defaults in Zed.
const QList<QPair<QString, int>> kDefaults{
    {QStringLiteral("network"), 100},
    {QStringLiteral("subnet"), 100},
    {QStringLiteral("subnetpool"), -1},
    {QStringLiteral("port"), 500},
    {QStringLiteral("router"), 10},
    {QStringLiteral("floatingip"), 50},
    {QStringLiteral("rbac_policy"), 10},
    {QStringLiteral("security_group"), 10},
    {QStringLiteral("security_group_rule"), 100},
};

// The collection a quota resource counts; empty for those the demo cloud has none of.
QString collectionOf(const QString& resource)
{
    if (resource == u"network" || resource == u"subnet" || resource == u"port" || resource == u"router" ||
        resource == u"security_group" || resource == u"security_group_rule")
        return resource + u's';
    if (resource == u"floatingip")
        return QStringLiteral("floatingips");
    return {};
}

// One item of the shared "quotas" collection per project, its id prefixed so that Nova's and
// Cinder's quotas of the same project do not collide with it.
QString quotaId(const QString& projectId)
{
    return QStringLiteral("network:") + projectId;
}

DemoReply adminRequired()
{
    return error(403, QStringLiteral("AdminRequired"),
                 QStringLiteral("User does not have admin privileges: Only admin is authorized to access quotas for "
                                "another project."));
}

QJsonObject limitsOf(const DemoEnv& env, const QString& region, const QString& projectId)
{
    QJsonObject limits;
    for (const QString& resource : quotaResources())
        limits.insert(resource, quotaLimit(env, region, projectId, resource));
    return limits;
}

DemoReply details(DemoEnv& env, DemoRequest& request)
{
    const QString project = request.param(QStringLiteral("project_id"));
    if (project != request.caller.projectId && !request.caller.admin)
        return adminRequired();
    QJsonObject quota;
    for (const QString& resource : quotaResources())
        quota.insert(resource,
                     QJsonObject{{QStringLiteral("limit"), quotaLimit(env, request.region, project, resource)},
                                 {QStringLiteral("used"), quotaUsed(env, request.region, project, resource)},
                                 {QStringLiteral("reserved"), 0}});
    return one(200, QStringLiteral("quota"), quota);
}

DemoReply update(DemoEnv& env, DemoRequest& request)
{
    if (!request.caller.admin)
        return policyRefused(QStringLiteral("update_quota"));
    const auto body = resourceBody(request, QStringLiteral("quota"));
    if (const auto* refused = std::get_if<DemoReply>(&body))
        return *refused;
    const QString project = request.param(QStringLiteral("project_id"));
    const QJsonObject asked = std::get<QJsonObject>(body);
    for (auto it = asked.begin(); it != asked.end(); ++it) {
        if (!quotaResources().contains(it.key()))
            return badRequest(QStringLiteral("Unrecognized attribute(s) '%1'").arg(it.key()));
        bool ok = false;
        const int limit = it.value().isString() ? it.value().toString().toInt(&ok) : it.value().toInt(-2);
        if ((!it.value().isString() && limit == -2) || (it.value().isString() && !ok) || limit < -1)
            return badRequest(QStringLiteral("Invalid input for %1. Reason: '%2' is not an integer.")
                                  .arg(it.key(), filterText(it.value())));
        setQuotaLimit(env, request.region, project, it.key(), limit);
    }
    return one(200, QStringLiteral("quota"), limitsOf(env, request.region, project));
}

} // namespace

QStringList quotaResources()
{
    QStringList names;
    for (const auto& [name, limit] : kDefaults)
        names.append(name);
    return names;
}

int quotaLimit(const DemoEnv& env, const QString& region, const QString& projectId, const QString& resource)
{
    const QJsonObject* set = env.state.find(key(region, QStringLiteral("quotas")), quotaId(projectId));
    if (set && set->contains(resource))
        return set->value(resource).toInt();
    for (const auto& [name, limit] : kDefaults) {
        if (name == resource)
            return limit;
    }
    return -1;
}

int quotaUsed(const DemoEnv& env, const QString& region, const QString& projectId, const QString& resource)
{
    const QString collection = collectionOf(resource);
    if (collection.isEmpty())
        return 0;
    return int(env.state
                   .select(key(region, collection),
                           [&](const QJsonObject& item) { return item.value(u"project_id").toString() == projectId; })
                   .size());
}

void setQuotaLimit(DemoEnv& env, const QString& region, const QString& projectId, const QString& resource, int limit)
{
    const QString collection = key(region, QStringLiteral("quotas"));
    QJsonObject quota{{QStringLiteral("id"), quotaId(projectId)}, {QStringLiteral("project_id"), projectId}};
    if (const QJsonObject* set = env.state.find(collection, quota.value(u"id").toString()))
        quota = *set;
    quota.insert(resource, limit);
    env.state.put(collection, quota);
}

std::optional<DemoReply> overQuota(const DemoEnv& env, const QString& region, const QString& projectId,
                                   const QString& resource, int count)
{
    const int limit = quotaLimit(env, region, projectId, resource);
    if (limit < 0 || quotaUsed(env, region, projectId, resource) + count <= limit)
        return std::nullopt;
    return error(409, QStringLiteral("OverQuota"),
                 QStringLiteral("Quota exceeded for resources: ['%1'].").arg(resource));
}

void addQuotaRoutes(DemoEnv& env, DemoRouter& router)
{
    const QString s = QStringLiteral("network");
    // The API reference spells the details path with ".json"; Neutron answers both.
    for (const QString& path :
         {QStringLiteral("v2.0/quotas/{project_id}/details.json"), QStringLiteral("v2.0/quotas/{project_id}/details")})
        router.add(s, "GET", path, [&env](DemoRequest& r) { return details(env, r); });
    router.add(s, "GET", QStringLiteral("v2.0/quotas/{project_id}"), [&env](DemoRequest& r) {
        const QString project = r.param(QStringLiteral("project_id"));
        if (project != r.caller.projectId && !r.caller.admin)
            return adminRequired();
        return one(200, QStringLiteral("quota"), limitsOf(env, r.region, project));
    });
    router.add(s, "PUT", QStringLiteral("v2.0/quotas/{project_id}"), [&env](DemoRequest& r) { return update(env, r); });
    router.add(s, "DELETE", QStringLiteral("v2.0/quotas/{project_id}"), [&env](DemoRequest& r) {
        if (!r.caller.admin)
            return policyRefused(QStringLiteral("delete_quota"));
        env.state.remove(key(r.region, QStringLiteral("quotas")), quotaId(r.param(QStringLiteral("project_id"))));
        return DemoReply::empty(204);
    });
}

} // namespace zenith::demo::neutron
