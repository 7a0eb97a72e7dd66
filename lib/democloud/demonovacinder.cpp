#include "demonovacinder.h"

#include "democinderviews.h"
#include "democindervolumebuilder.h"
#include "demonovacommon.h"

namespace zenith::demo::nova {

namespace {

QString volumesOf(const QString& region)
{
    return coll(region, QStringLiteral("volumes"));
}

} // namespace

RequestedVolume requestVolume(DemoComputeHost& host, const VolumeSpec& spec)
{
    DemoRequest post;
    post.method = QByteArrayLiteral("POST");
    post.service = QStringLiteral("volume");
    post.region = spec.region;
    post.caller.projectId = spec.projectId;
    post.caller.userId = spec.userId;
    QJsonObject volume{{QStringLiteral("size"), spec.sizeGiB}, {QStringLiteral("name"), QString()}};
    if (!spec.imageId.isEmpty())
        volume.insert(QStringLiteral("imageRef"), spec.imageId);
    post.body = QJsonObject{{QStringLiteral("volume"), volume}};
    post.bodyIsJsonObject = true;
    auto built = DemoCinderVolumeBuilder(host.env().state, post).build();
    if (const auto* refused = std::get_if<DemoReply>(&built))
        return {QString(), messageOf(*refused)};
    const QString id = std::get<QJsonObject>(built).value(u"id").toString();
    host.env().state.put(volumesOf(spec.region), std::get<QJsonObject>(built));
    host.cinder().volumeCreated(spec.region, id);
    return {id, QString()};
}

void deleteVolume(DemoComputeHost& host, const QString& region, const QString& volumeId)
{
    setVolumeStatus(host.env(), region, volumeId, QStringLiteral("deleting"));
    host.cinder().volumeDeleted(region, volumeId);
}

void markInUse(DemoEnv& env, const QString& region, const QString& volumeId, const QString& serverId,
               const QString& device, const QString& attachmentId)
{
    QJsonObject* volume = env.state.find(volumesOf(region), volumeId);
    if (!volume)
        return;
    const QString now = cinder::storedTime();
    volume->insert(QStringLiteral("status"), QStringLiteral("in-use"));
    volume->insert(QStringLiteral("updated_at"), now);
    volume->insert(QStringLiteral("attachments"),
                   QJsonArray{QJsonObject{{QStringLiteral("id"), volumeId},
                                          {QStringLiteral("attachment_id"), attachmentId},
                                          {QStringLiteral("volume_id"), volumeId},
                                          {QStringLiteral("server_id"), serverId},
                                          {QStringLiteral("host_name"), QJsonValue::Null},
                                          {QStringLiteral("device"), device},
                                          {QStringLiteral("attached_at"), now}}});
}

void setVolumeStatus(DemoEnv& env, const QString& region, const QString& volumeId, const QString& status)
{
    QJsonObject* volume = env.state.find(volumesOf(region), volumeId);
    if (!volume)
        return;
    volume->insert(QStringLiteral("status"), status);
    volume->insert(QStringLiteral("updated_at"), cinder::storedTime());
}

void markAvailable(DemoEnv& env, const QString& region, const QString& volumeId)
{
    QJsonObject* volume = env.state.find(volumesOf(region), volumeId);
    if (!volume)
        return;
    volume->insert(QStringLiteral("status"), QStringLiteral("available"));
    volume->insert(QStringLiteral("attachments"), QJsonArray());
    volume->insert(QStringLiteral("updated_at"), cinder::storedTime());
}

} // namespace zenith::demo::nova
