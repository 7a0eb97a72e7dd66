#pragma once

#include "demoheatengine.h"
#include "demoheatstacks.h"
#include "demoservice.h"

namespace zenith::demo {

//! The simulated Heat (service "orchestration", paths "v1/{project_id}/..."): template-validate,
//! checking what Zed's Heat checks first (a known template version, known resource types) and
//! answering with its description and parameters in Heat's shape, or Heat's 400 bodies; and stacks
//! (DemoHeatStacks) whose resources DemoHeatEngine really makes in the other simulated services.
class DemoHeat final : public DemoService
{
public:
    explicit DemoHeat(DemoEnv& env);

    void addRoutes(DemoRouter& router) override;
    void settleLoaded() override;

    //! The answer to POST validate with this request body ({"template": text or object}).
    static DemoReply validate(const QJsonObject& body);

private:
    DemoHeatEngine m_engine;
    DemoHeatStacks m_stacks;
};

} // namespace zenith::demo
