#pragma once

#include "demoservice.h"

namespace zenith::demo {

//! What Cinder's volume service does after the API accepted a request: volumes and snapshots
//! leave "creating", "extending" and "deleting" about a cloud second later, as the dev cloud's
//! back end does. Each step re-reads the state, so a resource deleted or changed meanwhile is left alone.
class DemoCinderLifecycle
{
public:
    explicit DemoCinderLifecycle(DemoEnv& env)
        : m_env(env)
    {}

    //! creating -> available (bootable with its image metadata when made from an image).
    void volumeCreated(const QString& region, const QString& volumeId);
    //! extending -> available (or in-use when attached) with the new size.
    void volumeExtended(const QString& region, const QString& volumeId);
    //! deleting -> gone, with the snapshots the cascade marked deleting.
    void volumeDeleted(const QString& region, const QString& volumeId);
    //! creating -> available, progress 100%.
    void snapshotCreated(const QString& region, const QString& snapshotId);
    //! deleting -> gone.
    void snapshotDeleted(const QString& region, const QString& snapshotId);

    //! Finishes at once whatever was under way when the state was saved.
    void settleAll();

private:
    void later(std::function<void()> step);
    void finishVolume(const QString& region, const QString& volumeId);
    void finishSnapshot(const QString& region, const QString& snapshotId);
    QString serviceUuid(const QString& region) const;

    DemoEnv& m_env;
};

} // namespace zenith::demo
