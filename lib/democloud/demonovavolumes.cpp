#include "demonovavolumes.h"

#include "demonovaactionlog.h"
#include "demonovacinder.h"
#include "demonovacommon.h"

namespace zenith::demo::nova {

namespace {

const QStringList kVolumeStates{QStringLiteral("active"),           QStringLiteral("paused"),
                                QStringLiteral("stopped"),          QStringLiteral("resized"),
                                QStringLiteral("soft-delete"),      QStringLiteral("shelved"),
                                QStringLiteral("shelved_offloaded")};

QString volumesOf(const QString& region)
{
    return coll(region, QStringLiteral("volumes"));
}

const QJsonObject* projectVolume(const DemoEnv& env, const DemoRequest& request, const QString& id)
{
    const QJsonObject* volume = env.state.find(volumesOf(request.region), id);
    if (!volume || (!request.caller.admin &&
                    volume->value(u"os-vol-tenant-attr:tenant_id").toString() != request.caller.projectId))
        return nullptr;
    return volume;
}

// The first free /dev/vdX after the root disk's vda.
QString nextDevice(const QJsonObject& server)
{
    QStringList used{QStringLiteral("/dev/vda")};
    for (const QJsonValue& b : server.value(u"_bdms").toArray())
        used.append(b.toObject().value(u"device").toString());
    for (char16_t letter = u'b'; letter <= u'z'; ++letter) {
        const QString device = QStringLiteral("/dev/vd") + QChar(letter);
        if (!used.contains(device))
            return device;
    }
    return {};
}

std::optional<DemoReply> checkOneDevice(DemoEnv& env, const DemoRequest& request, const QJsonObject& bdm)
{
    const QString source = bdm.value(u"source_type").toString();
    const QString uuid = bdm.value(u"uuid").toString();
    if (source == u"image" && bdm.value(u"destination_type").toString() == u"volume" &&
        bdm.value(u"volume_size").toInt() <= 0)
        return errors::nova(400, QStringLiteral("Block Device Mapping is Invalid: Images with destination_type "
                                                "'volume' need to have a non-zero size specified"));
    if (source == u"image" && !findImage(env, request, uuid))
        return errors::nova(400, QStringLiteral("Block Device Mapping is Invalid: failed to get image %1.").arg(uuid));
    if (source == u"volume") {
        const QJsonObject* volume = projectVolume(env, request, uuid);
        if (!volume)
            return errors::nova(400,
                                QStringLiteral("Block Device Mapping is Invalid: failed to get volume %1.").arg(uuid));
        if (volume->value(u"status").toString() != u"available")
            return errors::nova(400, QStringLiteral("Invalid volume: Volume status must be available to reserve, "
                                                    "but the status is %1.")
                                         .arg(volume->value(u"status").toString()));
    }
    if (source == u"snapshot")
        return errors::nova(400,
                            QStringLiteral("Block Device Mapping is Invalid: failed to get snapshot %1.").arg(uuid));
    return std::nullopt;
}

QJsonObject attachmentView(const DemoRequest& request, const QString& serverId, const QJsonObject& bdm)
{
    QJsonObject view{{QStringLiteral("serverId"), serverId},
                     {QStringLiteral("volumeId"), bdm.value(u"volume_id")},
                     {QStringLiteral("device"), bdm.value(u"device")}};
    if (!atLeast(request, 89))
        view.insert(QStringLiteral("id"), bdm.value(u"volume_id"));
    if (atLeast(request, 70))
        view.insert(QStringLiteral("tag"), QJsonValue::Null);
    if (atLeast(request, 79))
        view.insert(QStringLiteral("delete_on_termination"), bdm.value(u"delete_on_termination").toBool());
    if (atLeast(request, 89)) {
        view.insert(QStringLiteral("attachment_id"), bdm.value(u"attachment_id"));
        view.insert(QStringLiteral("bdm_uuid"), bdm.value(u"bdm_uuid"));
    }
    return view;
}

QJsonObject newBdm(const QString& volumeId, const QString& device, bool deleteOnTermination, int bootIndex)
{
    return {{QStringLiteral("volume_id"), volumeId},
            {QStringLiteral("device"), device},
            {QStringLiteral("delete_on_termination"), deleteOnTermination},
            {QStringLiteral("boot_index"), bootIndex},
            {QStringLiteral("attachment_id"), DemoEnv::newId()},
            {QStringLiteral("bdm_uuid"), DemoEnv::newId()}};
}

DemoReply listAttachments(DemoEnv& env, DemoRequest& request)
{
    const QString serverId = request.param(QStringLiteral("server_id"));
    const QJsonObject* server = findServer(env, request, serverId);
    if (!server)
        return serverNotFound(serverId);
    QJsonArray items;
    for (const QJsonValue& b : server->value(u"_bdms").toArray())
        items.append(attachmentView(request, serverId, b.toObject()));
    return DemoReply::json(200, QJsonObject{{QStringLiteral("volumeAttachments"), items}});
}

DemoReply showAttachment(DemoEnv& env, DemoRequest& request)
{
    const QString serverId = request.param(QStringLiteral("server_id"));
    const QString volumeId = request.param(QStringLiteral("volume_id"));
    const QJsonObject* server = findServer(env, request, serverId);
    if (!server)
        return serverNotFound(serverId);
    for (const QJsonValue& b : server->value(u"_bdms").toArray()) {
        if (b.toObject().value(u"volume_id").toString() == volumeId)
            return DemoReply::json(200, QJsonObject{{QStringLiteral("volumeAttachment"),
                                                     attachmentView(request, serverId, b.toObject())}});
    }
    return errors::nova(404, QStringLiteral("Instance %1 is not attached to volume %2").arg(serverId, volumeId));
}

std::optional<DemoReply> refuseAttach(DemoEnv& env, const DemoRequest& request, const QJsonObject& server,
                                      const QString& volumeId)
{
    const QJsonObject* volume = projectVolume(env, request, volumeId);
    if (!volume)
        return errors::nova(404, QStringLiteral("Volume %1 could not be found.").arg(volumeId));
    QStringList holders;
    for (const QJsonValue& a : volume->value(u"attachments").toArray())
        holders.append(a.toObject().value(u"server_id").toString());
    if (!holders.isEmpty() && !volume->value(u"multiattach").toBool())
        return errors::nova(400, QStringLiteral("Invalid volume: volume %1 is already attached to instances: %2")
                                     .arg(volumeId, holders.join(u' ')));
    if (volume->value(u"status").toString() != u"available")
        return errors::nova(400, QStringLiteral("Invalid volume: Volume status must be available to reserve, but the "
                                                "status is %1.")
                                     .arg(volume->value(u"status").toString()));
    return refuseAction(request, server, QStringLiteral("attach_volume"), kVolumeStates);
}

DemoReply attach(DemoEnv& env, DemoRequest& request)
{
    const QString serverId = request.param(QStringLiteral("server_id"));
    const QJsonObject attachment = request.body.value(u"volumeAttachment").toObject();
    if (attachment.isEmpty())
        return errors::nova(400, QStringLiteral("'volumeAttachment' is a required property"));
    const QString volumeId = attachment.value(u"volumeId").toString();
    const QJsonObject* server = findServer(env, request, serverId);
    if (!server)
        return serverNotFound(serverId);
    if (const auto refused = refuseAttach(env, request, *server, volumeId))
        return *refused;
    const bool deleteOnTermination = atLeast(request, 79) && attachment.value(u"delete_on_termination").toBool();
    const QJsonObject bdm = newBdm(volumeId, nextDevice(*server), deleteOnTermination, -1);
    updateServer(env, request.region, serverId, [&](QJsonObject& s) {
        QJsonArray bdms = s.value(u"_bdms").toArray();
        bdms.append(bdm);
        s.insert(QStringLiteral("_bdms"), bdms);
    });
    setVolumeStatus(env, request.region, volumeId, QStringLiteral("attaching"));
    const QString requestId = requestIdOf(request);
    recordAction(env, request, serverId, requestId, QStringLiteral("attach_volume"),
                 {QStringLiteral("compute_attach_volume")});
    const QString region = request.region;
    env.clock.after(1.0, &env.lifetime, [&env, region, serverId, requestId, bdm] {
        markInUse(env, region, bdm.value(u"volume_id").toString(), serverId, bdm.value(u"device").toString(),
                  bdm.value(u"attachment_id").toString());
        finishAction(env, region, serverId, requestId, true);
    });
    return DemoReply::json(200,
                           QJsonObject{{QStringLiteral("volumeAttachment"), attachmentView(request, serverId, bdm)}});
}

DemoReply detach(DemoEnv& env, DemoRequest& request)
{
    const QString serverId = request.param(QStringLiteral("server_id"));
    const QString volumeId = request.param(QStringLiteral("volume_id"));
    const QJsonObject* server = findServer(env, request, serverId);
    if (!server)
        return serverNotFound(serverId);
    if (!projectVolume(env, request, volumeId))
        return errors::nova(404, QStringLiteral("Volume %1 could not be found.").arg(volumeId));
    QJsonArray bdms = server->value(u"_bdms").toArray();
    qsizetype index = -1;
    for (qsizetype i = 0; i < bdms.size() && index < 0; ++i) {
        if (bdms[i].toObject().value(u"volume_id").toString() == volumeId)
            index = i;
    }
    if (index < 0)
        return errors::nova(404, QStringLiteral("Instance %1 is not attached to volume %2").arg(serverId, volumeId));
    if (bdms[index].toObject().value(u"boot_index").toInt() == 0)
        return errors::nova(400, QStringLiteral("Cannot detach a root device volume"));
    if (const auto refused = refuseAction(request, *server, QStringLiteral("detach_volume"), kVolumeStates))
        return *refused;
    bdms.removeAt(index);
    updateServer(env, request.region, serverId, [&](QJsonObject& s) { s.insert(QStringLiteral("_bdms"), bdms); });
    setVolumeStatus(env, request.region, volumeId, QStringLiteral("detaching"));
    const QString requestId = requestIdOf(request);
    recordAction(env, request, serverId, requestId, QStringLiteral("detach_volume"),
                 {QStringLiteral("compute_detach_volume")});
    const QString region = request.region;
    env.clock.after(1.0, &env.lifetime, [&env, region, serverId, requestId, volumeId] {
        markAvailable(env, region, volumeId);
        finishAction(env, region, serverId, requestId, true);
    });
    return DemoReply::empty(202);
}

} // namespace

std::optional<QJsonArray> checkBlockDevices(DemoEnv& env, const DemoRequest& request, bool* bootsFromVolume,
                                            DemoReply* error)
{
    *bootsFromVolume = false;
    const QJsonArray asked = request.body.value(u"server").toObject().value(u"block_device_mapping_v2").toArray();
    QJsonArray plan;
    for (const QJsonValue& v : asked) {
        const QJsonObject bdm = v.toObject();
        if (const auto refused = checkOneDevice(env, request, bdm)) {
            *error = *refused;
            return std::nullopt;
        }
        if (bdm.value(u"destination_type").toString() != u"volume")
            continue; // local disks (ephemeral, swap) live on the host: nothing to make in Cinder
        if (bdm.value(u"boot_index").toInt(-1) == 0)
            *bootsFromVolume = true;
        plan.append(bdm);
    }
    return plan;
}

QString requestBootVolumes(DemoComputeHost& host, const QString& region, const QString& serverId)
{
    DemoEnv& env = host.env();
    const QJsonObject* found = env.state.find(coll(region, QStringLiteral("servers")), serverId);
    if (!found || found->value(u"_volumes_requested").toBool())
        return {};
    const QJsonObject server = *found;
    QJsonArray plan = server.value(u"_bdm_plan").toArray();
    for (qsizetype i = 0; i < plan.size(); ++i) {
        QJsonObject asked = plan[i].toObject();
        const QString source = asked.value(u"source_type").toString();
        QString volumeId = asked.value(u"uuid").toString();
        if (source != u"volume") {
            const VolumeSpec spec{region, server.value(u"tenant_id").toString(), server.value(u"user_id").toString(),
                                  asked.value(u"volume_size").toInt(1), source == u"image" ? volumeId : QString()};
            const RequestedVolume made = requestVolume(host, spec);
            if (made.id.isEmpty())
                return QStringLiteral("Failure prepping block device.");
            volumeId = made.id;
        }
        asked.insert(QStringLiteral("volume_id"), volumeId);
        plan[i] = asked;
    }
    updateServer(env, region, serverId, [&](QJsonObject& s) {
        s.insert(QStringLiteral("_bdm_plan"), plan);
        s.insert(QStringLiteral("_volumes_requested"), true);
    });
    return {};
}

std::optional<bool> attachBootVolumes(DemoComputeHost& host, const QString& region, const QString& serverId)
{
    DemoEnv& env = host.env();
    const QJsonObject* found = env.state.find(coll(region, QStringLiteral("servers")), serverId);
    if (!found || found->value(u"_bdm_plan").toArray().isEmpty())
        return true;
    QJsonObject server = *found;
    const QJsonArray plan = server.value(u"_bdm_plan").toArray();
    // Nova waits for Cinder to finish each volume before it attaches any.
    for (const QJsonValue& v : plan) {
        const QString volumeId = v.toObject().value(u"volume_id").toString();
        const QJsonObject* volume = env.state.find(volumesOf(region), volumeId);
        const QString status = volume ? volume->value(u"status").toString() : QStringLiteral("deleted");
        if (status == u"creating")
            return std::nullopt;
        if (status != u"available")
            return failServer(env, region, serverId,
                              QStringLiteral("Build of instance %1 aborted: Volume %2 did not finish being created "
                                             "even after we waited 3 seconds or 2 attempts. And its status is %3.")
                                  .arg(serverId, volumeId, status));
    }
    QJsonArray bdms = server.value(u"_bdms").toArray();
    for (const QJsonValue& v : plan) {
        const QJsonObject asked = v.toObject();
        const bool root = asked.value(u"boot_index").toInt(-1) == 0;
        server.insert(QStringLiteral("_bdms"), bdms);
        const QJsonObject bdm =
            newBdm(asked.value(u"volume_id").toString(), root ? QStringLiteral("/dev/vda") : nextDevice(server),
                   asked.value(u"delete_on_termination").toBool(), root ? 0 : -1);
        markInUse(env, region, bdm.value(u"volume_id").toString(), serverId, bdm.value(u"device").toString(),
                  bdm.value(u"attachment_id").toString());
        bdms.append(bdm);
    }
    updateServer(env, region, serverId, [&](QJsonObject& s) {
        s.insert(QStringLiteral("_bdms"), bdms);
        s.remove(QStringLiteral("_bdm_plan"));
    });
    return true;
}

void releaseVolumes(DemoComputeHost& host, const QString& region, const QJsonObject& server)
{
    for (const QJsonValue& v : server.value(u"_bdms").toArray()) {
        const QJsonObject bdm = v.toObject();
        const QString volumeId = bdm.value(u"volume_id").toString();
        // Nova deletes the attachment first, then (delete_on_termination) the volume itself.
        markAvailable(host.env(), region, volumeId);
        if (bdm.value(u"delete_on_termination").toBool())
            deleteVolume(host, region, volumeId);
    }
}

void settleVolumes(DemoEnv& env)
{
    for (const QString& region : std::as_const(env.regions)) {
        for (const QJsonObject& server : env.state.items(coll(region, QStringLiteral("servers")))) {
            for (const QJsonValue& v : server.value(u"_bdms").toArray()) {
                const QJsonObject bdm = v.toObject();
                const QJsonObject* volume = env.state.find(volumesOf(region), bdm.value(u"volume_id").toString());
                if (volume && volume->value(u"status").toString() == u"attaching")
                    markInUse(env, region, bdm.value(u"volume_id").toString(), server.value(u"id").toString(),
                              bdm.value(u"device").toString(), bdm.value(u"attachment_id").toString());
            }
        }
        for (const QJsonObject& volume : env.state.items(volumesOf(region))) {
            if (volume.value(u"status").toString() == u"detaching")
                markAvailable(env, region, volume.value(u"id").toString());
        }
    }
}

void addVolumeAttachmentRoutes(DemoRouter& router, DemoComputeHost& host)
{
    DemoEnv& env = host.env();
    const QString compute = QStringLiteral("compute");
    const QString list = QStringLiteral("v2.1/servers/{server_id}/os-volume_attachments");
    const QString one = list + QStringLiteral("/{volume_id}");
    router.add(compute, "GET", list, [&env](DemoRequest& r) { return listAttachments(env, r); });
    router.add(compute, "POST", list, [&env](DemoRequest& r) { return attach(env, r); });
    router.add(compute, "GET", one, [&env](DemoRequest& r) { return showAttachment(env, r); });
    router.add(compute, "DELETE", one, [&env](DemoRequest& r) { return detach(env, r); });
}

} // namespace zenith::demo::nova
