#pragma once

#include "demodesignatelifecycle.h"
#include "demodesignaterecordsets.h"
#include "demodesignatezones.h"

namespace zenith::demo {

//! The simulated Designate v2 (service "dns", paths "v2/zones..."): zones and their record sets,
//! PENDING until the worker's pass about a cloud second later, the serial raised on every change,
//! and Zed's validation and error bodies. Zones live in DemoState "<region>/zones", record sets in
//! "<region>/recordsets", in the shape the API shows them.
class DemoDesignate final : public DemoService
{
public:
    explicit DemoDesignate(DemoEnv& env);

    void addRoutes(DemoRouter& router) override;
    //! Zones and record sets still PENDING become ACTIVE (or go, when deleted) at once.
    void settleLoaded() override;

private:
    DemoDesignateLifecycle m_lifecycle;
    DemoDesignateZones m_zones;
    DemoDesignateRecordSets m_recordSets;
};

} // namespace zenith::demo
