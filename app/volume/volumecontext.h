#pragma once

#include "compute/server.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace zenith {

class Session;
class VolumeSnapshotStore;
class VolumeStore;

//! What the Volumes and Snapshots tabs share: the two stores (the Volumes tab counts snapshots
//! before a delete, the Snapshots tab names source volumes) and the project's instances (names
//! for "Attached to", choices for "Attach"). The stores stay live while either tab is visible.
class VolumeContext final : public QObject
{
    Q_OBJECT

public:
    explicit VolumeContext(QObject* parent = nullptr);
    ~VolumeContext() override;

    VolumeStore* volumes() const;
    VolumeSnapshotStore* snapshots() const;
    Session* session() const;

    //! Both tabs call it with the same session: the second call changes nothing.
    void setSession(Session* session);
    //! `section` became visible or hidden; the stores poll while any is visible.
    void setActive(const QObject* section, bool active);

    //! The project's instances as last listed (for names and the attach picker).
    QList<Server> servers() const;
    QHash<QString, QString> serverNames() const;
    //! Lists the instances again (once at a time).
    void loadServers();
    //! How many snapshots each volume has, by volume id.
    int snapshotCount(const QString& volumeId) const;

Q_SIGNALS:
    void serversLoaded();

private:
    VolumeStore* m_volumes;
    VolumeSnapshotStore* m_snapshots;
    QPointer<Session> m_session;
    QSet<const QObject*> m_activeSections;
    QList<Server> m_servers;
    bool m_loadingServers = false;
    quint64 m_generation = 0;
};

} // namespace zenith
