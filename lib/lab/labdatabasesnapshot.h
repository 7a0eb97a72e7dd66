#pragma once

#include "labstep.h"
#include "labtopology.h"

#include "core/apierror.h"
#include "volume/volumesnapshot.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>

namespace zenith {

class Session;

//! A Cinder snapshot of the lab's database volume, on demand: the cloud's own backup of the data
//! (restore = a new volume from it). take() finds the volume through LabInventory (by the lab's
//! tag and name), snapshots it (with force when attached, as `openstack volume snapshot create
//! --force` does), waits until it is available, then lists the lab's snapshots. One run at a time.
class LabDatabaseSnapshot final : public QObject
{
    Q_OBJECT

public:
    LabDatabaseSnapshot(Session* session, LabTopology topology, QObject* parent = nullptr);
    ~LabDatabaseSnapshot() override;

    //! "<lab>-db-<UTC yyyyMMdd-HHmmss>".
    static QString nameAt(const LabPlan& plan, const QDateTime& when);
    //! True when the snapshot carries the lab's tag (metadata zenith-lab = the lab's name).
    static bool belongsTo(const VolumeSnapshot& snapshot, const LabPlan& plan);
    //! The teardown step that deletes a snapshot ("snapshot:<id>"); the volume's step waits for it.
    static LabStep teardownStep(const VolumeSnapshot& snapshot);

    //! Snapshots the database volume now: started(), statusChanged()…, taken() then listed(); or failed().
    void take();
    //! Lists the lab's snapshots, newest first: listed() or failed().
    void list();
    //! True between take() and taken()/failed().
    bool isTaking() const { return m_taking; }
    //! Requests sent so far.
    int apiCalls() const { return m_apiCalls; }

Q_SIGNALS:
    //! Cinder accepted the snapshot `name`; `command` is the `openstack` line that does the same.
    void started(const QString& name, const QString& command);
    //! The snapshot being taken changed status (creating → available).
    void statusChanged(const zenith::VolumeSnapshot& snapshot);
    //! The snapshot is available.
    void taken(const zenith::VolumeSnapshot& snapshot);
    //! The lab's snapshots, newest first.
    void listed(const QList<zenith::VolumeSnapshot>& snapshots);
    //! The volume does not exist (NotFound), Cinder refused, or the snapshot ended in an error status.
    void failed(const zenith::ApiError& error);

private:
    void create(const QString& volumeId, bool attached);
    void waitAvailable(const VolumeSnapshot& snapshot);
    void fail(const ApiError& error);

    Session* m_session;
    LabTopology m_topology;
    QFuture<void> m_wait;
    QString m_lastStatus;
    bool m_taking = false;
    int m_apiCalls = 0;
};

} // namespace zenith
