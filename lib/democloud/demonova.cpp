#include "demonova.h"

#include "demonovaactionlog.h"
#include "demonovahost.h"
#include "demonovalimits.h"
#include "demonovaroutes.h"
#include "demonovavolumes.h"

namespace zenith::demo {

DemoNova::DemoNova(DemoEnv& env)
    : DemoService(env)
    , m_host(std::make_unique<nova::DemoComputeHost>(env))
{}

DemoNova::~DemoNova() = default;

void DemoNova::addRoutes(DemoRouter& router)
{
    DemoEnv& e = env();
    nova::addServerRoutes(router, *m_host);
    nova::addServerListRoutes(router, e);
    nova::addTagRoutes(router, e);
    nova::addActionRoutes(router, *m_host);
    nova::addConsoleRoutes(router, e);
    nova::addInterfaceRoutes(router, *m_host);
    nova::addVolumeAttachmentRoutes(router, *m_host);
    nova::addActionLogRoutes(router, e);
    nova::addFlavorRoutes(router, e);
    nova::addKeypairRoutes(router, e);
    nova::addServerGroupRoutes(router, e);
    nova::addLimitRoutes(router, e);
}

void DemoNova::seed()
{
    seedFlavors(nova::classroomFlavors());
}

void DemoNova::settleLoaded()
{
    m_host->settle();
    nova::settleVolumes(env());
}

void DemoNova::seedFlavors(const QList<FlavorSeed>& flavors)
{
    nova::seedFlavors(env(), flavors);
}

} // namespace zenith::demo
