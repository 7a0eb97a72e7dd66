#include "democinderlifecycle.h"

#include "democinderviews.h"

#include <QJsonArray>
#include <QUuid>

namespace zenith::demo {

namespace {

// The dev cloud's fake back end finishes each of these in well under a second of real time.
constexpr double kStepSeconds = 1.0;

QString volumesOf(const QString& region)
{
    return DemoEnv::in(region, QStringLiteral("volumes"));
}

QString snapshotsOf(const QString& region)
{
    return DemoEnv::in(region, QStringLiteral("snapshots"));
}

} // namespace

void DemoCinderLifecycle::later(std::function<void()> step)
{
    m_env.clock.after(kStepSeconds, &m_env.lifetime, std::move(step));
}

void DemoCinderLifecycle::volumeCreated(const QString& region, const QString& volumeId)
{
    later([this, region, volumeId] { finishVolume(region, volumeId); });
}

void DemoCinderLifecycle::volumeExtended(const QString& region, const QString& volumeId)
{
    later([this, region, volumeId] { finishVolume(region, volumeId); });
}

void DemoCinderLifecycle::volumeDeleted(const QString& region, const QString& volumeId)
{
    later([this, region, volumeId] { finishVolume(region, volumeId); });
}

void DemoCinderLifecycle::snapshotCreated(const QString& region, const QString& snapshotId)
{
    later([this, region, snapshotId] { finishSnapshot(region, snapshotId); });
}

void DemoCinderLifecycle::snapshotDeleted(const QString& region, const QString& snapshotId)
{
    later([this, region, snapshotId] { finishSnapshot(region, snapshotId); });
}

QString DemoCinderLifecycle::serviceUuid(const QString& region) const
{
    // One cinder-volume service per region, the same id every time the cloud starts.
    return QUuid::createUuidV5(QUuid(), QStringLiteral("cinder-volume@") + region).toString(QUuid::WithoutBraces);
}

void DemoCinderLifecycle::finishVolume(const QString& region, const QString& volumeId)
{
    const QJsonObject* found = m_env.state.find(volumesOf(region), volumeId);
    if (!found)
        return;
    QJsonObject volume = *found;
    const QString status = volume.value(u"status").toString();
    if (status == u"deleting") {
        for (const QJsonObject& s : m_env.state.items(snapshotsOf(region))) {
            if (s.value(u"volume_id").toString() == volumeId)
                m_env.state.remove(snapshotsOf(region), s.value(u"id").toString());
        }
        m_env.state.remove(volumesOf(region), volumeId);
        return;
    }
    if (status == u"creating") {
        if (volume.contains(u"_volume_image_metadata")) {
            volume.insert(QStringLiteral("bootable"), QStringLiteral("true"));
            volume.insert(QStringLiteral("volume_image_metadata"), volume.take(u"_volume_image_metadata"));
        }
        volume.insert(QStringLiteral("status"), QStringLiteral("available"));
    } else if (status == u"extending") {
        volume.insert(QStringLiteral("size"), volume.take(u"_new_size").toInt(volume.value(u"size").toInt()));
        const bool attached = !volume.value(u"attachments").toArray().isEmpty();
        volume.insert(QStringLiteral("status"), attached ? QStringLiteral("in-use") : QStringLiteral("available"));
    } else {
        return;
    }
    // Once a back end holds the volume, Cinder reports the service that owns it.
    volume.insert(QStringLiteral("shared_targets"), false);
    volume.insert(QStringLiteral("service_uuid"), serviceUuid(region));
    volume.insert(QStringLiteral("updated_at"), cinder::storedTime());
    m_env.state.put(volumesOf(region), volume);
}

void DemoCinderLifecycle::finishSnapshot(const QString& region, const QString& snapshotId)
{
    const QJsonObject* found = m_env.state.find(snapshotsOf(region), snapshotId);
    if (!found)
        return;
    QJsonObject snapshot = *found;
    const QString status = snapshot.value(u"status").toString();
    if (status == u"deleting") {
        m_env.state.remove(snapshotsOf(region), snapshotId);
        return;
    }
    if (status != u"creating")
        return;
    snapshot.insert(QStringLiteral("status"), QStringLiteral("available"));
    snapshot.insert(QStringLiteral("os-extended-snapshot-attributes:progress"), QStringLiteral("100%"));
    snapshot.insert(QStringLiteral("updated_at"), cinder::storedTime());
    m_env.state.put(snapshotsOf(region), snapshot);
}

void DemoCinderLifecycle::settleAll()
{
    for (const QString& region : std::as_const(m_env.regions)) {
        for (const QString& id : m_env.state.ids(snapshotsOf(region)))
            finishSnapshot(region, id);
        for (const QString& id : m_env.state.ids(volumesOf(region)))
            finishVolume(region, id);
    }
}

} // namespace zenith::demo
