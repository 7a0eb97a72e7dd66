#pragma once

#include "demoservice.h"

namespace zenith::demo {

//! The version documents of every service root (GET /<region>/compute/ ...), copied from the
//! dev cloud's, so that version discovery and microversion negotiation see what Zed sends.
class DemoDiscovery final : public DemoService
{
public:
    using DemoService::DemoService;
    void addRoutes(DemoRouter& router) override;
};

} // namespace zenith::demo
