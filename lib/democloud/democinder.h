#pragma once

#include "democinderlifecycle.h"
#include "democindersnapshots.h"
#include "democindervolumes.h"

namespace zenith::demo {

//! The simulated Cinder v3 (service "volume", paths "v3/{project_id}/..."): volumes, snapshots,
//! volume types, limits and availability zones, with Zed's statuses, messages and paging.
//! Volumes live in DemoState "<region>/volumes" in the shape GET volumes/{id} shows at 3.60, where
//! Nova's attach writes "in-use" and the attachments; snapshots in "<region>/snapshots".
class DemoCinder final : public DemoService
{
public:
    explicit DemoCinder(DemoEnv& env);

    void addRoutes(DemoRouter& router) override;
    //! Each region gets the __DEFAULT__ volume type.
    void seed() override;
    //! Volumes and snapshots still creating, extending or deleting finish at once.
    void settleLoaded() override;

private:
    using Handler = std::function<DemoReply(const DemoRequest&, int)>;
    void route(DemoRouter& router, const QByteArray& method, const QString& path, Handler handler);
    void ensureDefaultType(const QString& region);

    DemoReply listTypes(const DemoRequest& request);
    DemoReply showType(const DemoRequest& request);
    DemoReply limits(const DemoRequest& request);
    static DemoReply availabilityZones();

    DemoCinderLifecycle m_lifecycle;
    DemoCinderVolumes m_volumes;
    DemoCinderSnapshots m_snapshots;
};

} // namespace zenith::demo
