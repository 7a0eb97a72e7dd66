#pragma once

#include "stores/polledcollection.h"
#include "volume/getvolumesnapshotrequest.h"
#include "volume/listvolumesnapshotsrequest.h"
#include "volume/volumesnapshot.h"

#include <QObject>
#include <QStringList>

namespace zenith {

class Session;

//! The project's volume snapshots as the Snapshots tab sees them: lists snapshots/detail page by
//! page, then keeps the rows live: snapshots creating or deleting are polled one by one with
//! backoff until stable; stable ones are listed again rarely. Emits diffs only.
class VolumeSnapshotStore final : public QObject
{
    Q_OBJECT

public:
    explicit VolumeSnapshotStore(QObject* parent = nullptr);
    ~VolumeSnapshotStore() override;

    //! The session to follow (nullptr: none). Drops every snapshot (snapshotsRemoved).
    void setSession(Session* session);
    Session* session() const;
    void setTiming(const PollTiming& timing);

    //! Lists (the first time) and keeps refreshing; call when the snapshots become visible.
    void start();
    //! Stops refreshing until start(); requests under way still land.
    void pause();
    //! Lists everything again now.
    void refresh();
    //! True while the first listing runs.
    bool isLoading() const;
    //! True once a complete listing arrived for this session.
    bool isLoaded() const;

    //! The snapshots known now, in no particular order.
    QList<VolumeSnapshot> snapshots() const;
    //! One snapshot by id (nullptr if unknown); valid until the next signal.
    const VolumeSnapshot* snapshot(const QString& id) const;
    //! A snapshot an action just returned (created): shown at once, then polled until stable.
    void insert(const VolumeSnapshot& snapshot);
    //! Polls one snapshot soon, e.g. right after an action was sent to it.
    void watch(const QString& id);

    //! True for creating, deleting and any other status but available and the error ones.
    static bool isTransitional(const VolumeSnapshot& snapshot);

Q_SIGNALS:
    void snapshotsAdded(const QList<zenith::VolumeSnapshot>& snapshots);
    void snapshotsChanged(const QList<zenith::VolumeSnapshot>& snapshots);
    //! Snapshots gone (deleted, or the session changed).
    void snapshotsRemoved(const QStringList& ids);
    //! A listing is complete.
    void loadingFinished();
    //! A listing failed; what arrived before stays.
    void failed(const zenith::ApiError& error);

private:
    PolledCollection<ListVolumeSnapshotsRequest, GetVolumeSnapshotRequest> m_collection;
};

} // namespace zenith
