#pragma once

#include "demodesignatelifecycle.h"

#include <optional>

namespace zenith::demo {

//! Designate's zones API (v2/zones): create, list, show, PATCH, delete and the name servers, with
//! the object validation of Zed's API layer and the checks of its central service.
class DemoDesignateZones
{
public:
    DemoDesignateZones(DemoEnv& env, DemoDesignateLifecycle& lifecycle)
        : m_env(env)
        , m_lifecycle(lifecycle)
    {}

    //! POST v2/zones: 202 PENDING/CREATE, with its SOA and NS record sets.
    DemoReply create(const DemoRequest& request);
    //! GET v2/zones: the project's zones, filtered and paged.
    DemoReply list(const DemoRequest& request);
    //! GET v2/zones/{zone_id}.
    DemoReply show(const DemoRequest& request);
    //! PATCH v2/zones/{zone_id}: email, ttl, description; 202 PENDING/UPDATE with a higher serial.
    DemoReply update(const DemoRequest& request);
    //! DELETE v2/zones/{zone_id}: 202 PENDING/DELETE, gone with its record sets a moment later.
    DemoReply remove(const DemoRequest& request);
    //! GET v2/zones/{zone_id}/nameservers.
    DemoReply nameservers(const DemoRequest& request);

    //! The caller's zone named by the route's zone_id, or nullopt (Designate's 404).
    static std::optional<QJsonObject> owned(const DemoState& state, const DemoRequest& request);

private:
    std::optional<DemoReply> checkCreateBody(const QJsonObject& body) const;
    std::optional<DemoReply> checkPatchBody(const QJsonObject& body, const QJsonObject& zone) const;
    std::optional<DemoReply> checkCentral(const DemoRequest& request, const QString& name) const;
    QJsonObject newZone(const DemoRequest& request, const QJsonObject& body) const;

    DemoEnv& m_env;
    DemoDesignateLifecycle& m_lifecycle;
};

} // namespace zenith::demo
