#pragma once

#include "demoovhauth.h"
#include "demoovhzones.h"

namespace zenith::demo {

//! The simulated OVHcloud API (service "ovh", served under /ovh/1.0/ on the demo cloud's port):
//! GET /auth/time, and the DNS zones of /domain/zone with their records, every call but the
//! clock signed and checked like OVHcloud checks it (DemoOvhAuth). Seeds one zone, zoneName().
class DemoOvh final : public DemoService
{
public:
    explicit DemoOvh(DemoEnv& env);

    void addRoutes(DemoRouter& router) override;
    void seed() override;

    //! "zenith-lab.example", the zone the demo keys own.
    static QString zoneName();

private:
    DemoOvhAuth m_auth;
    DemoOvhZones m_zones;
};

} // namespace zenith::demo
