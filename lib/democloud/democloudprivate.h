#pragma once

#include "democlock.h"
#include "democloud.h"
#include "demofaults.h"
#include "demohttpserver.h"
#include "demorouter.h"
#include "demoservice.h"
#include "demostate.h"

#include <memory>
#include <vector>

namespace zenith::demo {

class DemoKeystone;
class DemoGlance;
class DemoNeutron;
class DemoNova;

//! The demo cloud's insides: the state, the services and the request pipeline (region and
//! service from the path, injected faults, token check, routing, request ids).
class DemoCloudPrivate
{
public:
    explicit DemoCloudPrivate(const DemoCloud::Options& options, QObject* owner);
    ~DemoCloudPrivate();

    DemoReply handle(DemoRequest& request);
    //! DemoEnv::dispatch: a request made inside the cloud (by Heat), its caller already set.
    DemoReply dispatchInternal(DemoRequest& request);
    void seed();

    DemoCloud::Options options;
    DemoState state;
    DemoClock clock;
    QObject lifetime;
    DemoEnv env;
    DemoRouter router;
    DemoFaults faults;
    std::vector<std::unique_ptr<DemoService>> services;
    DemoKeystone* keystone = nullptr;
    DemoGlance* glance = nullptr;
    DemoNeutron* neutron = nullptr;
    DemoNova* nova = nullptr;
    std::unique_ptr<DemoHttpServer> server;
    quint16 port = 0;

private:
    //! The service's error shape for a status the pipeline answers by itself (404, 405, 429, 503).
    DemoReply serviceError(const QString& service, int status, const QString& message) const;
    std::optional<DemoReply> injectedFault(const QString& service);
};

} // namespace zenith::demo
