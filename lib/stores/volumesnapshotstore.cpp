#include "volumesnapshotstore.h"

namespace zenith {

namespace {

bool sameSnapshot(const VolumeSnapshot& a, const VolumeSnapshot& b)
{
    return a.updatedAt == b.updatedAt && a.status == b.status && a.name == b.name && a.size == b.size &&
           a.description == b.description && a.progress == b.progress && a.volumeId == b.volumeId;
}

} // namespace

VolumeSnapshotStore::VolumeSnapshotStore(QObject* parent)
    : QObject(parent)
    , m_collection(this, sameSnapshot, isTransitional,
                   {[this](const QList<VolumeSnapshot>& items) { Q_EMIT snapshotsAdded(items); },
                    [this](const QList<VolumeSnapshot>& items) { Q_EMIT snapshotsChanged(items); },
                    [this](const QStringList& ids) { Q_EMIT snapshotsRemoved(ids); },
                    [this] { Q_EMIT loadingFinished(); }, [this](const ApiError& error) { Q_EMIT failed(error); }})
{}

VolumeSnapshotStore::~VolumeSnapshotStore() = default;

void VolumeSnapshotStore::setSession(Session* session)
{
    m_collection.setSession(session);
}

Session* VolumeSnapshotStore::session() const
{
    return m_collection.session();
}

void VolumeSnapshotStore::setTiming(const PollTiming& timing)
{
    m_collection.setTiming(timing);
}

void VolumeSnapshotStore::start()
{
    m_collection.start();
}

void VolumeSnapshotStore::pause()
{
    m_collection.pause();
}

void VolumeSnapshotStore::refresh()
{
    m_collection.refresh();
}

bool VolumeSnapshotStore::isLoading() const
{
    return m_collection.isLoading();
}

bool VolumeSnapshotStore::isLoaded() const
{
    return m_collection.isLoaded();
}

QList<VolumeSnapshot> VolumeSnapshotStore::snapshots() const
{
    return m_collection.items();
}

const VolumeSnapshot* VolumeSnapshotStore::snapshot(const QString& id) const
{
    return m_collection.find(id);
}

void VolumeSnapshotStore::insert(const VolumeSnapshot& snapshot)
{
    m_collection.upsert(snapshot);
}

void VolumeSnapshotStore::watch(const QString& id)
{
    m_collection.watch(id);
}

bool VolumeSnapshotStore::isTransitional(const VolumeSnapshot& snapshot)
{
    return snapshot.status != u"available" && !snapshot.status.startsWith(u"error");
}

} // namespace zenith
