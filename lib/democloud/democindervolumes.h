#pragma once

#include "democinderlifecycle.h"

namespace zenith::demo {

//! Cinder's volumes API: create, list (summary and detail), show, update, delete and the actions
//! of POST volumes/{id}/action (os-extend, os-set_bootable). Every handler takes the request's
//! volume microversion.
class DemoCinderVolumes
{
public:
    DemoCinderVolumes(DemoEnv& env, DemoCinderLifecycle& lifecycle)
        : m_env(env)
        , m_lifecycle(lifecycle)
    {}

    //! POST volumes: 202 with the volume "creating" (created_at with microseconds, as Cinder answers).
    DemoReply create(const DemoRequest& request, int minor);
    //! GET volumes (id, name, links) or volumes/detail, filtered, sorted and paged.
    DemoReply list(const DemoRequest& request, int minor, bool detail);
    //! GET volumes/{volume_id}.
    DemoReply show(const DemoRequest& request, int minor);
    //! PUT volumes/{volume_id}: name, description, metadata.
    DemoReply update(const DemoRequest& request, int minor);
    //! DELETE volumes/{volume_id}[?cascade=true]: 202, "deleting", then gone.
    DemoReply remove(const DemoRequest& request, int minor);
    //! POST volumes/{volume_id}/action.
    DemoReply action(const DemoRequest& request, int minor);

private:
    //! The caller's volume of the route's volume_id, or nullopt.
    std::optional<QJsonObject> owned(const DemoRequest& request) const;
    DemoReply extend(const DemoRequest& request, int minor, const QJsonValue& arguments);
    DemoReply setBootable(const DemoRequest& request, const QJsonValue& arguments);
    QJsonObject view(const QJsonObject& volume, const DemoRequest& request, int minor) const;
    void store(const DemoRequest& request, const QJsonObject& volume);

    DemoEnv& m_env;
    DemoCinderLifecycle& m_lifecycle;
};

} // namespace zenith::demo
