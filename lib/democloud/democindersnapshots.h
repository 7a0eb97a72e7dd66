#pragma once

#include "democinderlifecycle.h"

#include <optional>

namespace zenith::demo {

//! Cinder's snapshots API: create (of an available volume, or an in-use one with force or from
//! 3.66 on), list (summary and detail), show, update and delete.
class DemoCinderSnapshots
{
public:
    DemoCinderSnapshots(DemoEnv& env, DemoCinderLifecycle& lifecycle)
        : m_env(env)
        , m_lifecycle(lifecycle)
    {}

    //! POST snapshots: 202 "creating", without the extended attributes.
    DemoReply create(const DemoRequest& request, int minor);
    //! GET snapshots and snapshots/detail (the same view in Zed), filtered, sorted and paged.
    DemoReply list(const DemoRequest& request, int minor);
    //! GET snapshots/{snapshot_id}.
    DemoReply show(const DemoRequest& request, int minor);
    //! PUT snapshots/{snapshot_id}: name and description.
    DemoReply update(const DemoRequest& request, int minor);
    //! DELETE snapshots/{snapshot_id}: 202, "deleting", then gone.
    DemoReply remove(const DemoRequest& request, int minor);

private:
    std::optional<QJsonObject> owned(const DemoRequest& request) const;
    std::optional<DemoReply> refuseSnapshotOf(const QJsonObject& volume, const QJsonObject& body, int minor) const;

    DemoEnv& m_env;
    DemoCinderLifecycle& m_lifecycle;
};

} // namespace zenith::demo
