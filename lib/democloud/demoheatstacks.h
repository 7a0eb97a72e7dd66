#pragma once

#include "demoheatengine.h"
#include "demorequest.h"

namespace zenith::demo {

//! Heat's stack API in the demo cloud (create, list, show, delete, events), in Heat's shapes and
//! with Heat's 400/404/409 bodies; DemoHeatEngine moves the stacks on.
class DemoHeatStacks
{
public:
    DemoHeatStacks(DemoEnv& env, DemoHeatEngine& engine);

    void addRoutes(DemoRouter& router);

    DemoReply create(DemoRequest& request);
    DemoReply list(DemoRequest& request) const;
    DemoReply show(DemoRequest& request) const;
    DemoReply showByName(DemoRequest& request) const;
    DemoReply remove(DemoRequest& request);
    DemoReply events(DemoRequest& request) const;

private:
    //! The caller's stack named by the path's {stack_name}/{stack_id}, or nullptr.
    const QJsonObject* stackOf(const DemoRequest& request) const;
    QJsonObject view(const DemoRequest& request, const QJsonObject& stack, bool full) const;
    QString selfLink(const DemoRequest& request, const QJsonObject& stack) const;

    DemoEnv& m_env;
    DemoHeatEngine& m_engine;
};

} // namespace zenith::demo
