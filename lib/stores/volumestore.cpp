#include "volumestore.h"

namespace zenith {

namespace {

// What the table and the details show; Cinder bumps updated_at on most changes, but attachments
// and status are compared too so a coarse clock misses nothing.
bool sameVolume(const Volume& a, const Volume& b)
{
    if (a.updatedAt != b.updatedAt || a.status != b.status || a.name != b.name || a.size != b.size ||
        a.bootable != b.bootable || a.volumeType != b.volumeType || a.description != b.description ||
        a.attachments.size() != b.attachments.size())
        return false;
    for (qsizetype i = 0; i < a.attachments.size(); ++i) {
        const VolumeAttachment& x = a.attachments.at(i);
        const VolumeAttachment& y = b.attachments.at(i);
        if (x.serverId != y.serverId || x.device != y.device || x.attachmentId != y.attachmentId)
            return false;
    }
    return true;
}

} // namespace

VolumeStore::VolumeStore(QObject* parent)
    : QObject(parent)
    , m_collection(this, sameVolume, isTransitional,
                   {[this](const QList<Volume>& items) { Q_EMIT volumesAdded(items); },
                    [this](const QList<Volume>& items) { Q_EMIT volumesChanged(items); },
                    [this](const QStringList& ids) { Q_EMIT volumesRemoved(ids); },
                    [this] { Q_EMIT loadingFinished(); }, [this](const ApiError& error) { Q_EMIT failed(error); }})
{}

VolumeStore::~VolumeStore() = default;

void VolumeStore::setSession(Session* session)
{
    m_collection.setSession(session);
}

Session* VolumeStore::session() const
{
    return m_collection.session();
}

void VolumeStore::setTiming(const PollTiming& timing)
{
    m_collection.setTiming(timing);
}

void VolumeStore::start()
{
    m_collection.start();
}

void VolumeStore::pause()
{
    m_collection.pause();
}

void VolumeStore::refresh()
{
    m_collection.refresh();
}

bool VolumeStore::isLoading() const
{
    return m_collection.isLoading();
}

bool VolumeStore::isLoaded() const
{
    return m_collection.isLoaded();
}

QList<Volume> VolumeStore::volumes() const
{
    return m_collection.items();
}

const Volume* VolumeStore::volume(const QString& id) const
{
    return m_collection.find(id);
}

void VolumeStore::insert(const Volume& volume)
{
    m_collection.upsert(volume);
}

void VolumeStore::watch(const QString& id)
{
    m_collection.watch(id);
}

bool VolumeStore::isTransitional(const Volume& volume)
{
    // Stable: waiting for nobody. error_extending, error_deleting... end with a person's action.
    return volume.status != u"available" && volume.status != u"in-use" && !volume.status.startsWith(u"error");
}

} // namespace zenith
