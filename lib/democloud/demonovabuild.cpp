#include "demonovaactionlog.h"
#include "demonovacommon.h"
#include "demonovacreate.h"
#include "demonovanetworking.h"
#include "demonovavolumes.h"

#include <QRegularExpression>

namespace zenith::demo::nova {

namespace {

const QString kBuild = QStringLiteral("build");

// nova.utils.sanitize_hostname.
QString sanitizeHostname(const QString& name, const QString& id)
{
    QString host = name;
    host.replace(QRegularExpression(QStringLiteral("[ _.]")), QStringLiteral("-"));
    host.remove(QRegularExpression(QStringLiteral("[^\\w.-]+")));
    host = host.toLower();
    while (!host.isEmpty() && (host.front() == u'-' || host.front() == u'.'))
        host.remove(0, 1);
    while (!host.isEmpty() && (host.back() == u'-' || host.back() == u'.'))
        host.chop(1);
    host.truncate(63);
    return host.isEmpty() ? QStringLiteral("server-") + id : host;
}

QJsonObject newServer(const DemoRequest& request, const BootPlan& plan, int index, const QString& reservationId)
{
    const QString id = DemoEnv::newId();
    const QString name = plan.multiple ? QStringLiteral("%1-%2").arg(plan.name).arg(index + 1) : plan.name;
    const QString now = DemoClock::isoSeconds();
    const QJsonValue null(QJsonValue::Null);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("tenant_id"), request.caller.projectId},
            {QStringLiteral("user_id"), request.caller.userId},
            {QStringLiteral("metadata"), plan.metadata},
            {QStringLiteral("created"), now},
            {QStringLiteral("updated"), now},
            {QStringLiteral("accessIPv4"), QString()},
            {QStringLiteral("accessIPv6"), QString()},
            {QStringLiteral("OS-DCF:diskConfig"), QStringLiteral("MANUAL")},
            {QStringLiteral("progress"), 0},
            {QStringLiteral("OS-EXT-AZ:availability_zone"), QString()},
            {QStringLiteral("config_drive"), plan.configDrive ? QStringLiteral("True") : QString()},
            {QStringLiteral("key_name"), plan.keyName.isEmpty() ? null : QJsonValue(plan.keyName)},
            {QStringLiteral("OS-SRV-USG:launched_at"), null},
            {QStringLiteral("OS-SRV-USG:terminated_at"), null},
            {QStringLiteral("OS-EXT-STS:task_state"), QStringLiteral("scheduling")},
            {QStringLiteral("OS-EXT-STS:vm_state"), QStringLiteral("building")},
            {QStringLiteral("OS-EXT-STS:power_state"), 0},
            {QStringLiteral("locked"), false},
            {QStringLiteral("locked_reason"), null},
            {QStringLiteral("description"), plan.description},
            {QStringLiteral("tags"), QJsonArray::fromStringList(plan.tags)},
            {QStringLiteral("trusted_image_certificates"), null},
            {QStringLiteral("flavor"), embeddedFlavor(plan.flavor)},
            {QStringLiteral("_flavor_id"), plan.flavor.value(u"id")},
            {QStringLiteral("_image_id"), plan.imageId},
            {QStringLiteral("_user_data"), plan.userData},
            {QStringLiteral("_hostname"), plan.hostname.isEmpty() ? sanitizeHostname(name, id) : plan.hostname},
            {QStringLiteral("_instance_name"), QString(QStringLiteral("instance-") + id.left(8))},
            {QStringLiteral("_reservation_id"), reservationId},
            {QStringLiteral("_launch_index"), index},
            {QStringLiteral("_group"), plan.groupId},
            {QStringLiteral("_nics"), plan.nics},
            {QStringLiteral("_sg_ids"), QJsonArray::fromStringList(plan.securityGroupIds)},
            {QStringLiteral("_bdm_plan"), plan.blockDevices},
            {QStringLiteral("_bdms"), QJsonArray()}};
}

// The scheduler of a one-host cloud: affinity always fits; anti-affinity fits while fewer than
// max_server_per_host (1 by default) other members run on the host.
bool hostFits(const DemoEnv& env, const QString& region, const QJsonObject& server)
{
    const QJsonObject* group =
        env.state.find(coll(region, QStringLiteral("server_groups")), server.value(u"_group").toString());
    if (!group || group->value(u"policy").toString() != u"anti-affinity")
        return true;
    const int perHost = group->value(u"rules").toObject().value(u"max_server_per_host").toInt(1);
    int onHost = 0;
    for (const QJsonValue& member : group->value(u"members").toArray()) {
        const QJsonObject* other = env.state.find(coll(region, QStringLiteral("servers")), member.toString());
        if (other && other->value(u"id") != server.value(u"id") && !other->value(u"_host").toString().isEmpty())
            ++onHost;
    }
    return onHost < perHost;
}

bool schedule(DemoEnv& env, const QString& region, const QString& serverId)
{
    const QJsonObject* server = env.state.find(coll(region, QStringLiteral("servers")), serverId);
    if (!server || !server->value(u"_host").toString().isEmpty())
        return true;
    const QString requestId = server->value(u"_task").toObject().value(u"request_id").toString();
    if (!hostFits(env, region, *server)) {
        startEvent(env, region, serverId, requestId, QStringLiteral("conductor_schedule_and_build_instances"));
        return failServer(env, region, serverId,
                          QStringLiteral("No valid host was found. There are not enough hosts available."));
    }
    updateServer(env, region, serverId, [&](QJsonObject& s) {
        s.insert(QStringLiteral("_host"), hostName(region));
        s.insert(QStringLiteral("OS-EXT-AZ:availability_zone"), zoneName());
        s.insert(QStringLiteral("OS-EXT-STS:task_state"), QStringLiteral("networking"));
    });
    startEvent(env, region, serverId, requestId, QStringLiteral("compute__do_build_and_run_instance"));
    return true;
}

bool plug(DemoEnv& env, const QString& region, const QString& serverId)
{
    const QString fault = plugServer(env, region, serverId);
    if (fault.isEmpty())
        return true;
    return failServer(env, region, serverId, QStringLiteral("Build of instance %1 aborted: %2").arg(serverId, fault));
}

bool volumes(DemoComputeHost& host, const QString& region, const QString& serverId)
{
    const QString fault = requestBootVolumes(host, region, serverId);
    if (fault.isEmpty())
        return true;
    return failServer(host.env(), region, serverId,
                      QStringLiteral("Build of instance %1 aborted: %2").arg(serverId, fault));
}

// The end of a build; what the stages did not do yet (a build caught by a save) is done first.
// Nova attaches the volumes it asked Cinder for once they are available.
std::optional<bool> finishBuild(DemoComputeHost& host, const QString& region, const QString& serverId)
{
    DemoEnv& env = host.env();
    if (!schedule(env, region, serverId) || !plug(env, region, serverId) || !volumes(host, region, serverId))
        return false;
    const std::optional<bool> attached = attachBootVolumes(host, region, serverId);
    if (attached != std::optional<bool>(true))
        return attached;
    updateServer(env, region, serverId, [](QJsonObject& s) {
        s.insert(QStringLiteral("OS-EXT-STS:vm_state"), QStringLiteral("active"));
        s.insert(QStringLiteral("OS-EXT-STS:task_state"), QJsonValue::Null);
        s.insert(QStringLiteral("OS-EXT-STS:power_state"), 1);
        s.insert(QStringLiteral("OS-SRV-USG:launched_at"), dbTime());
        // The build request kept the tags in the order asked; the database sorts them.
        s.insert(QStringLiteral("tags"),
                 QJsonArray::fromStringList(dbSorted(s.value(u"tags").toVariant().toStringList())));
    });
    return true;
}

void joinGroup(DemoEnv& env, const QString& region, const QString& groupId, const QString& serverId)
{
    QJsonObject* group = env.state.find(coll(region, QStringLiteral("server_groups")), groupId);
    if (!group)
        return;
    QJsonArray members = group->value(u"members").toArray();
    members.append(serverId);
    group->insert(QStringLiteral("members"), members);
}

DemoReply createdReply(const DemoRequest& request, const BootPlan& plan, const QString& firstId)
{
    QJsonArray groups;
    for (const QString& name : plan.securityGroupNames)
        groups.append(QJsonObject{{QStringLiteral("name"), name}});
    const QJsonArray selfLinks = links(request, QStringLiteral("servers"), firstId);
    const QJsonObject server{{QStringLiteral("id"), firstId},
                             {QStringLiteral("links"), selfLinks},
                             {QStringLiteral("OS-DCF:diskConfig"), QStringLiteral("MANUAL")},
                             {QStringLiteral("security_groups"), groups},
                             {QStringLiteral("adminPass"), plan.adminPass}};
    return DemoReply::json(202, QJsonObject{{QStringLiteral("server"), server}})
        .withHeader(QByteArrayLiteral("Location"), selfLinks.first().toObject().value(u"href").toString().toUtf8());
}

} // namespace

DemoReply launchServers(DemoComputeHost& host, const DemoRequest& request, const BootPlan& plan)
{
    DemoEnv& env = host.env();
    const QString region = request.region;
    const QString reservationId = QStringLiteral("r-") + DemoEnv::newId().left(8);
    const QString requestId = requestIdOf(request);
    QString firstId;
    for (int i = 0; i < plan.count; ++i) {
        const QJsonObject server = newServer(request, plan, i, reservationId);
        const QString id = server.value(u"id").toString();
        env.state.put(coll(region, QStringLiteral("servers")), server);
        if (firstId.isEmpty())
            firstId = id;
        if (!plan.groupId.isEmpty())
            joinGroup(env, region, plan.groupId, id);
        recordAction(env, request, id, requestId, QStringLiteral("create"));
        using Stage = DemoComputeHost::Stage;
        const auto onEnv = [&env](bool (*stage)(DemoEnv&, const QString&, const QString&)) {
            return [&env, stage](const QString& r, const QString& s) { return stage(env, r, s); };
        };
        const auto onHost = [&host](const QString& r, const QString& s) { return volumes(host, r, s); };
        host.start(region, id, kBuild, requestId,
                   {Stage{0.5, QString(), onEnv(&schedule)},
                    Stage{0.7, QStringLiteral("block_device_mapping"), onEnv(&plug)}, Stage{0.8, QString(), onHost},
                    Stage{1.8, QStringLiteral("spawning"), {}}},
                   2.0);
    }
    if (plan.returnReservationId)
        return DemoReply::json(202, QJsonObject{{QStringLiteral("reservation_id"), reservationId}});
    return createdReply(request, plan, firstId);
}

void addBuildFinisher(DemoComputeHost& host)
{
    host.addFinisher(kBuild,
                     [&host](const QString& region, const QString& id) { return finishBuild(host, region, id); });
}

} // namespace zenith::demo::nova
