#include "volumecontext.h"

#include "common/loadallpages.h"
#include "compute/listserversrequest.h"
#include "stores/volumesnapshotstore.h"
#include "stores/volumestore.h"

namespace zenith {

VolumeContext::VolumeContext(QObject* parent)
    : QObject(parent)
    , m_volumes(new VolumeStore(this))
    , m_snapshots(new VolumeSnapshotStore(this))
{}

VolumeContext::~VolumeContext() = default;

VolumeStore* VolumeContext::volumes() const
{
    return m_volumes;
}

VolumeSnapshotStore* VolumeContext::snapshots() const
{
    return m_snapshots;
}

Session* VolumeContext::session() const
{
    return m_session;
}

void VolumeContext::setSession(Session* session)
{
    if (session == m_session && m_volumes->session() == session)
        return;
    ++m_generation;
    m_session = session;
    m_servers.clear();
    m_loadingServers = false;
    m_volumes->setSession(session);
    m_snapshots->setSession(session);
    Q_EMIT serversLoaded();
    if (!m_activeSections.isEmpty())
        loadServers();
}

void VolumeContext::setActive(const QObject* section, bool active)
{
    const bool was = !m_activeSections.isEmpty();
    if (active)
        m_activeSections.insert(section);
    else
        m_activeSections.remove(section);
    const bool now = !m_activeSections.isEmpty();
    if (now && !was) {
        m_volumes->start();
        m_snapshots->start();
        loadServers();
    } else if (!now && was) {
        m_volumes->pause();
        m_snapshots->pause();
    }
}

QList<Server> VolumeContext::servers() const
{
    return m_servers;
}

QHash<QString, QString> VolumeContext::serverNames() const
{
    QHash<QString, QString> names;
    for (const Server& server : m_servers)
        names.insert(server.id, server.name.isEmpty() ? server.id : server.name);
    return names;
}

void VolumeContext::loadServers()
{
    if (!m_session || m_loadingServers)
        return;
    m_loadingServers = true;
    const quint64 generation = m_generation;
    loadAllPages(m_session, ListServersRequest{}, this, [this, generation](const Result<QList<Server>>& servers) {
        if (generation != m_generation)
            return;
        m_loadingServers = false;
        // Without names the column shows ids: still correct, so a failure here is not worth a banner.
        if (servers) {
            m_servers = *servers;
            Q_EMIT serversLoaded();
        }
    });
}

int VolumeContext::snapshotCount(const QString& volumeId) const
{
    int count = 0;
    for (const VolumeSnapshot& snapshot : m_snapshots->snapshots())
        count += snapshot.volumeId == volumeId ? 1 : 0;
    return count;
}

} // namespace zenith
