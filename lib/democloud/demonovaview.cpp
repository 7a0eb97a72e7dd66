#include "demonovaview.h"

#include "demonovacommon.h"
#include "demonovanetworking.h"

namespace zenith::demo::nova {

namespace {

// Only these statuses show "progress"; only these a "fault".
const QStringList kProgressStatuses{QStringLiteral("ACTIVE"),        QStringLiteral("BUILD"),
                                    QStringLiteral("REBUILD"),       QStringLiteral("RESIZE"),
                                    QStringLiteral("VERIFY_RESIZE"), QStringLiteral("MIGRATING")};
const QStringList kFaultStatuses{QStringLiteral("ERROR"), QStringLiteral("DELETED")};

QString activeStatus(const QString& task)
{
    static const QHash<QString, QString> map{
        {QStringLiteral("rebooting"), QStringLiteral("REBOOT")},
        {QStringLiteral("reboot_pending"), QStringLiteral("REBOOT")},
        {QStringLiteral("reboot_started"), QStringLiteral("REBOOT")},
        {QStringLiteral("rebooting_hard"), QStringLiteral("HARD_REBOOT")},
        {QStringLiteral("reboot_pending_hard"), QStringLiteral("HARD_REBOOT")},
        {QStringLiteral("reboot_started_hard"), QStringLiteral("HARD_REBOOT")},
        {QStringLiteral("updating_password"), QStringLiteral("PASSWORD")},
        {QStringLiteral("rebuilding"), QStringLiteral("REBUILD")},
        {QStringLiteral("rebuild_block_device_mapping"), QStringLiteral("REBUILD")},
        {QStringLiteral("rebuild_spawning"), QStringLiteral("REBUILD")},
        {QStringLiteral("migrating"), QStringLiteral("MIGRATING")},
        {QStringLiteral("resize_prep"), QStringLiteral("RESIZE")},
        {QStringLiteral("resize_migrating"), QStringLiteral("RESIZE")},
        {QStringLiteral("resize_migrated"), QStringLiteral("RESIZE")},
        {QStringLiteral("resize_finish"), QStringLiteral("RESIZE")}};
    return map.value(task, QStringLiteral("ACTIVE"));
}

QJsonObject flavorView(const DemoRequest& request, const QJsonObject& server)
{
    if (atLeast(request, 47))
        return server.value(u"flavor").toObject();
    const QString id = server.value(u"_flavor_id").toString();
    return {{QStringLiteral("id"), id}, {QStringLiteral("links"), bookmark(request, QStringLiteral("flavors"), id)}};
}

QJsonValue imageView(const DemoRequest& request, const QJsonObject& server)
{
    const QString id = server.value(u"_image_id").toString();
    if (id.isEmpty())
        return QString(); // booted from a volume
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("links"), bookmark(request, QStringLiteral("images"), id)}};
}

QJsonArray volumesView(const DemoRequest& request, const QJsonObject& server)
{
    QJsonArray volumes;
    for (const QJsonValue& v : server.value(u"_bdms").toArray()) {
        QJsonObject entry{{QStringLiteral("id"), v.toObject().value(u"volume_id")}};
        if (atLeast(request, 3))
            entry.insert(QStringLiteral("delete_on_termination"),
                         v.toObject().value(u"delete_on_termination").toBool());
        volumes.append(entry);
    }
    return volumes;
}

// Shown to admins only (os-extended-server-attributes), more of them from 2.3.
void addAdminFields(const DemoRequest& request, const QJsonObject& server, QJsonObject& view)
{
    const QString host = server.value(u"_host").toString();
    const QJsonValue hostValue = host.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(host);
    view.insert(QStringLiteral("OS-EXT-SRV-ATTR:host"), hostValue);
    view.insert(QStringLiteral("OS-EXT-SRV-ATTR:hypervisor_hostname"), hostValue);
    view.insert(QStringLiteral("OS-EXT-SRV-ATTR:instance_name"), server.value(u"_instance_name"));
    if (atLeast(request, 3)) {
        view.insert(QStringLiteral("OS-EXT-SRV-ATTR:reservation_id"), server.value(u"_reservation_id"));
        view.insert(QStringLiteral("OS-EXT-SRV-ATTR:launch_index"), server.value(u"_launch_index"));
        view.insert(QStringLiteral("OS-EXT-SRV-ATTR:hostname"), server.value(u"_hostname"));
        view.insert(QStringLiteral("OS-EXT-SRV-ATTR:kernel_id"), QString());
        view.insert(QStringLiteral("OS-EXT-SRV-ATTR:ramdisk_id"), QString());
        view.insert(QStringLiteral("OS-EXT-SRV-ATTR:root_device_name"), QStringLiteral("/dev/vda"));
        const QString userData = server.value(u"_user_data").toString();
        view.insert(QStringLiteral("OS-EXT-SRV-ATTR:user_data"),
                    userData.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(userData));
    }
    if (atLeast(request, 16))
        view.insert(QStringLiteral("host_status"), host.isEmpty() ? QString() : QStringLiteral("UP"));
}

// Fields that came with a microversion leave the view below it.
void dropNewerFields(const DemoRequest& request, QJsonObject& view)
{
    const QList<QPair<int, QString>> since{{9, QStringLiteral("locked")},
                                           {19, QStringLiteral("description")},
                                           {26, QStringLiteral("tags")},
                                           {63, QStringLiteral("trusted_image_certificates")},
                                           {73, QStringLiteral("locked_reason")}};
    for (const auto& [minor, key] : since) {
        if (!atLeast(request, minor))
            view.remove(key);
    }
}

} // namespace

QString serverStatus(const QString& vmState, const QString& taskState)
{
    if (vmState == u"active")
        return activeStatus(taskState);
    if (vmState == u"stopped") {
        if (taskState.startsWith(u"resize_"))
            return QStringLiteral("RESIZE");
        return taskState.startsWith(u"rebuild") ? QStringLiteral("REBUILD") : QStringLiteral("SHUTOFF");
    }
    if (vmState == u"resized")
        return taskState == u"resize_reverting" ? QStringLiteral("REVERT_RESIZE") : QStringLiteral("VERIFY_RESIZE");
    if (vmState == u"error")
        return taskState.startsWith(u"rebuild") ? QStringLiteral("REBUILD") : QStringLiteral("ERROR");
    static const QHash<QString, QString> plain{
        {QStringLiteral("building"), QStringLiteral("BUILD")},
        {QStringLiteral("paused"), QStringLiteral("PAUSED")},
        {QStringLiteral("suspended"), QStringLiteral("SUSPENDED")},
        {QStringLiteral("rescued"), QStringLiteral("RESCUE")},
        {QStringLiteral("deleted"), QStringLiteral("DELETED")},
        {QStringLiteral("soft-delete"), QStringLiteral("SOFT_DELETED")},
        {QStringLiteral("shelved"), QStringLiteral("SHELVED")},
        {QStringLiteral("shelved_offloaded"), QStringLiteral("SHELVED_OFFLOADED")}};
    return plain.value(vmState, QStringLiteral("UNKNOWN"));
}

QString serverStatus(const QJsonObject& server)
{
    return serverStatus(server.value(u"OS-EXT-STS:vm_state").toString(),
                        server.value(u"OS-EXT-STS:task_state").toString());
}

QJsonObject serverView(const DemoEnv& env, const DemoRequest& request, const QJsonObject& server, ServerView view)
{
    QJsonObject out;
    for (auto it = server.constBegin(); it != server.constEnd(); ++it) {
        if (!it.key().startsWith(u'_'))
            out.insert(it.key(), it.value());
    }
    const QString id = server.value(u"id").toString();
    const QString status = serverStatus(server);
    out.insert(QStringLiteral("status"), status);
    if (!kFaultStatuses.contains(status))
        out.remove(QStringLiteral("fault"));
    if (!kProgressStatuses.contains(status))
        out.remove(QStringLiteral("progress"));
    out.insert(QStringLiteral("hostId"),
               hostId(server.value(u"tenant_id").toString(), server.value(u"_host").toString()));
    out.insert(QStringLiteral("image"), imageView(request, server));
    out.insert(QStringLiteral("flavor"), flavorView(request, server));
    out.insert(QStringLiteral("addresses"), serverAddresses(env, request.region, id));
    out.insert(QStringLiteral("links"), links(request, QStringLiteral("servers"), id));
    out.insert(QStringLiteral("os-extended-volumes:volumes_attached"), volumesView(request, server));
    const QJsonArray groups = serverSecurityGroups(env, request.region, id);
    if (!groups.isEmpty())
        out.insert(QStringLiteral("security_groups"), groups);
    dropNewerFields(request, out);
    if (view == ServerView::Show && atLeast(request, 71)) {
        const QString group = server.value(u"_group").toString();
        const bool member = env.state.find(coll(request, QStringLiteral("server_groups")), group);
        out.insert(QStringLiteral("server_groups"), member ? QJsonArray{group} : QJsonArray());
    }
    if (request.caller.admin)
        addAdminFields(request, server, out);
    else if (atLeast(request, 90))
        out.insert(QStringLiteral("OS-EXT-SRV-ATTR:hostname"), server.value(u"_hostname"));
    return out;
}

QJsonObject serverSummary(const DemoRequest& request, const QJsonObject& server)
{
    const QString id = server.value(u"id").toString();
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), server.value(u"name")},
            {QStringLiteral("links"), links(request, QStringLiteral("servers"), id)}};
}

} // namespace zenith::demo::nova
