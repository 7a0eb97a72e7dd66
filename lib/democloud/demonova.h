#pragma once

#include "demonovaflavors.h"
#include "demoservice.h"

#include <memory>

namespace zenith::demo {

namespace nova {
class DemoComputeHost;
}

//! The simulated Nova (compute 2.1-2.93, like Zed) of the demo cloud: servers and their actions
//! on a one-host cloud, flavors, key pairs, server groups, limits and the "nova" zone. Servers
//! use Neutron's ports (demoports.h), Cinder's volumes and Glance's images through the state.
class DemoNova final : public DemoService
{
public:
    explicit DemoNova(DemoEnv& env);
    ~DemoNova() override;

    void addRoutes(DemoRouter& router) override;
    //! Seeds OVHcloud's flavors (classroomFlavors()) in every region.
    void seed() override;
    //! Finishes what was moving when the state was saved (builds, actions, attachments); the
    //! routes must have been added (they teach the host how each task ends).
    void settleLoaded() override;

    //! Seeds these flavors in every region, beside (or instead of, same id) those there.
    void seedFlavors(const QList<FlavorSeed>& flavors);

private:
    std::unique_ptr<nova::DemoComputeHost> m_host;
};

} // namespace zenith::demo
