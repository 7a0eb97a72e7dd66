#include "demonovalimits.h"

#include "demonovacommon.h"

#include <limits>

namespace zenith::demo::nova {

namespace {

int headroomOf(int quota, int used)
{
    return quota < 0 ? std::numeric_limits<int>::max() : quota - used;
}

DemoReply limits(const DemoEnv& env, const DemoRequest& request)
{
    const QString project = request.caller.projectId;
    const ComputeQuota q = quotaOf(env, request.region, project);
    const ComputeUsage u = usageOf(env, request.region, project);
    QJsonObject absolute{{QStringLiteral("maxTotalInstances"), q.instances},
                         {QStringLiteral("maxTotalCores"), q.cores},
                         {QStringLiteral("maxTotalRAMSize"), q.ram},
                         {QStringLiteral("maxServerMeta"), q.metadataItems},
                         {QStringLiteral("maxTotalKeypairs"), q.keyPairs},
                         {QStringLiteral("maxServerGroups"), q.serverGroups},
                         {QStringLiteral("maxServerGroupMembers"), q.serverGroupMembers},
                         {QStringLiteral("totalRAMUsed"), u.ram},
                         {QStringLiteral("totalCoresUsed"), u.cores},
                         {QStringLiteral("totalInstancesUsed"), u.instances},
                         {QStringLiteral("totalServerGroupsUsed"), u.serverGroups}};
    // Network proxies went in 2.36, image metadata in 2.39, personality (injected files) in 2.57.
    if (!atLeast(request, 36)) {
        for (const char16_t* key : {u"maxTotalFloatingIps", u"maxSecurityGroups", u"maxSecurityGroupRules"})
            absolute.insert(QString::fromUtf16(key), -1);
        absolute.insert(QStringLiteral("totalFloatingIpsUsed"), 0);
        absolute.insert(QStringLiteral("totalSecurityGroupsUsed"), 0);
    }
    if (!atLeast(request, 39))
        absolute.insert(QStringLiteral("maxImageMeta"), 128);
    if (!atLeast(request, 57)) {
        absolute.insert(QStringLiteral("maxPersonality"), 5);
        absolute.insert(QStringLiteral("maxPersonalitySize"), 10240);
    }
    return DemoReply::json(
        200, QJsonObject{{QStringLiteral("limits"), QJsonObject{{QStringLiteral("rate"), QJsonArray()},
                                                                {QStringLiteral("absolute"), absolute}}}});
}

DemoReply zones(const DemoRequest&)
{
    const QJsonObject zone{{QStringLiteral("zoneName"), zoneName()},
                           {QStringLiteral("zoneState"), QJsonObject{{QStringLiteral("available"), true}}},
                           {QStringLiteral("hosts"), QJsonValue::Null}};
    return DemoReply::json(200, QJsonObject{{QStringLiteral("availabilityZoneInfo"), QJsonArray{zone}}});
}

} // namespace

ComputeQuota quotaOf(const DemoEnv& env, const QString& region, const QString& projectId)
{
    ComputeQuota q;
    const QJsonObject* set =
        env.state.find(coll(region, QStringLiteral("quotas")), QStringLiteral("nova/") + projectId);
    if (!set)
        return q;
    const auto read = [set](const char16_t* key, int& value) {
        const QJsonValue v = set->value(QString::fromUtf16(key));
        if (v.isDouble())
            value = v.toInt();
    };
    read(u"instances", q.instances);
    read(u"cores", q.cores);
    read(u"ram", q.ram);
    read(u"metadata_items", q.metadataItems);
    read(u"key_pairs", q.keyPairs);
    read(u"server_groups", q.serverGroups);
    read(u"server_group_members", q.serverGroupMembers);
    return q;
}

ComputeUsage usageOf(const DemoEnv& env, const QString& region, const QString& projectId)
{
    ComputeUsage u;
    for (const QJsonObject& s : env.state.items(coll(region, QStringLiteral("servers")))) {
        if (s.value(u"tenant_id").toString() != projectId)
            continue;
        ++u.instances;
        u.cores += s.value(u"flavor").toObject().value(u"vcpus").toInt();
        u.ram += s.value(u"flavor").toObject().value(u"ram").toInt();
    }
    for (const QJsonObject& g : env.state.items(coll(region, QStringLiteral("server_groups")))) {
        if (g.value(u"project_id").toString() == projectId)
            ++u.serverGroups;
    }
    return u;
}

std::optional<int> allowedInstances(const DemoEnv& env, const QString& region, const QString& projectId,
                                    const QJsonObject& flavor, int minCount, int maxCount, DemoReply* error)
{
    const ComputeQuota q = quotaOf(env, region, projectId);
    const ComputeUsage u = usageOf(env, region, projectId);
    const int vcpus = flavor.value(u"vcpus").toInt();
    const int ram = flavor.value(u"ram").toInt();
    int allowed = headroomOf(q.instances, u.instances);
    if (vcpus > 0)
        allowed = qMin(allowed, headroomOf(q.cores, u.cores) / vcpus);
    if (ram > 0)
        allowed = qMin(allowed, headroomOf(q.ram, u.ram) / ram);
    if (allowed >= maxCount)
        return maxCount;
    if (allowed >= minCount)
        return allowed;
    // nova.compute.utils.check_num_instances_quota: every resource over quota, in one sentence.
    const QString requested =
        minCount == maxCount ? QString::number(minCount) : QStringLiteral("%1-%2").arg(minCount).arg(maxCount);
    QStringList overs, reqs, useds, quotas;
    const auto over = [&](const QString& name, int quota, int used, int asked, const QString& shown) {
        if (quota >= 0 && used + asked > quota) {
            overs.append(name);
            reqs.append(shown);
            useds.append(QString::number(used));
            quotas.append(QString::number(quota));
        }
    };
    over(QStringLiteral("cores"), q.cores, u.cores, maxCount * vcpus, QString::number(maxCount * vcpus));
    over(QStringLiteral("instances"), q.instances, u.instances, maxCount, requested);
    over(QStringLiteral("ram"), q.ram, u.ram, maxCount * ram, QString::number(maxCount * ram));
    const QString names = overs.join(QStringLiteral(", "));
    *error = errors::nova(403, QStringLiteral("Quota exceeded for %1: Requested %2, but already used %3 of %4 %1")
                                   .arg(names, reqs.join(QStringLiteral(", ")), useds.join(QStringLiteral(", ")),
                                        quotas.join(QStringLiteral(", "))));
    return std::nullopt;
}

void addLimitRoutes(DemoRouter& router, DemoEnv& env)
{
    const QString compute = QStringLiteral("compute");
    router.add(compute, "GET", QStringLiteral("v2.1/limits"), [&env](DemoRequest& r) { return limits(env, r); });
    router.add(compute, "GET", QStringLiteral("v2.1/os-availability-zone"), [](DemoRequest& r) { return zones(r); });
}

} // namespace zenith::demo::nova
