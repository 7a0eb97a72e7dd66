#pragma once

#include "stores/polledcollection.h"
#include "volume/getvolumerequest.h"
#include "volume/listvolumesrequest.h"
#include "volume/volume.h"

#include <QObject>
#include <QStringList>

namespace zenith {

class Session;

//! The project's volumes as the Volumes tab sees them: lists volumes/detail page by page, then
//! keeps the rows live. Volumes in a transitional status (creating, attaching, extending...) are
//! polled one by one with backoff until stable; stable ones are listed again rarely. Emits diffs only.
class VolumeStore final : public QObject
{
    Q_OBJECT

public:
    explicit VolumeStore(QObject* parent = nullptr);
    ~VolumeStore() override;

    //! The session to follow (nullptr: none). Drops every volume (volumesRemoved).
    void setSession(Session* session);
    Session* session() const;
    void setTiming(const PollTiming& timing);

    //! Lists (the first time) and keeps refreshing; call when the volumes become visible.
    void start();
    //! Stops refreshing until start(); requests under way still land.
    void pause();
    //! Lists everything again now.
    void refresh();
    //! True while the first listing runs.
    bool isLoading() const;
    //! True once a complete listing arrived for this session.
    bool isLoaded() const;

    //! The volumes known now, in no particular order.
    QList<Volume> volumes() const;
    //! One volume by id (nullptr if unknown); valid until the next signal.
    const Volume* volume(const QString& id) const;
    //! A volume an action just returned (created): shown at once, then polled until stable.
    void insert(const Volume& volume);
    //! Polls one volume soon, e.g. right after an action was sent to it.
    void watch(const QString& id);

    //! True for every status but available, in-use and the error ones: the volume is moving.
    static bool isTransitional(const Volume& volume);

Q_SIGNALS:
    void volumesAdded(const QList<zenith::Volume>& volumes);
    void volumesChanged(const QList<zenith::Volume>& volumes);
    //! Volumes gone (deleted, or the session changed).
    void volumesRemoved(const QStringList& ids);
    //! A listing is complete.
    void loadingFinished();
    //! A listing failed; what arrived before stays.
    void failed(const zenith::ApiError& error);

private:
    PolledCollection<ListVolumesRequest, GetVolumeRequest> m_collection;
};

} // namespace zenith
