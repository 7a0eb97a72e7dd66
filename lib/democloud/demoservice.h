#pragma once

#include "democlock.h"
#include "demorouter.h"
#include "demostate.h"

#include <QObject>

#include <functional>

namespace zenith::demo {

//! What every simulated service shares: the state, the clock, the regions, and a QObject that
//! scheduled transitions hang on (they die with the cloud).
struct DemoEnv
{
    DemoState& state;
    DemoClock& clock;
    QObject& lifetime;
    QStringList regions; //!< "GRA11", "SBG5"
    QString baseUrl;     //!< "http://127.0.0.1:<port>"
    //! The id of the project's "default" security group in a region, made on first use (with
    //! its rules) by DemoNeutron, which sets this; ports::create() calls it.
    std::function<QString(const QString& region, const QString& projectId)> defaultSecurityGroup;
    //! Sends a request through the cloud's own routes and handlers, as the caller the request
    //! names (no token check, no injected faults): how Heat makes its resources with the other
    //! services' validation. Set by DemoCloudPrivate.
    std::function<DemoReply(DemoRequest& request)> dispatch;

    //! A new random id ("2b8f6c1e-...").
    static QString newId();
    //! A request id, as every service sends in X-OpenStack-Request-Id.
    static QString newRequestId();
    //! The collection key of a region: DemoState::key(region, name).
    static QString in(const QString& region, const QString& name) { return DemoState::key(region, name); }
};

//! A simulated OpenStack service: registers its routes, seeds its resources.
class DemoService
{
public:
    explicit DemoService(DemoEnv& env)
        : m_env(env)
    {}
    virtual ~DemoService() = default;
    DemoService(const DemoService&) = delete;
    DemoService& operator=(const DemoService&) = delete;

    virtual void addRoutes(DemoRouter& router) = 0;
    //! Makes the resources a new cloud starts with, in each region.
    virtual void seed() {}
    //! After a state file is loaded: settle what was moving when it was saved.
    virtual void settleLoaded() {}

protected:
    DemoEnv& env() { return m_env; }
    const DemoEnv& env() const { return m_env; }
    DemoState& state() { return m_env.state; }

private:
    DemoEnv& m_env;
};

} // namespace zenith::demo
