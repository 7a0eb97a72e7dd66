#pragma once

#include "demoservice.h"

#include <QJsonObject>
#include <QString>

namespace zenith::demo {

//! Heat's engine in the demo cloud: moves stacks on over demo-clock time. Creation makes each
//! resource once the resources it refers to (get_resource, get_attr, depends_on) are complete,
//! through the other services' own routes, and waits for servers and volumes to be ready;
//! deletion removes them in reverse order. Each change is an event in Heat's shape.
class DemoHeatEngine
{
public:
    explicit DemoHeatEngine(DemoEnv& env);

    //! The collections of a region's stacks and events.
    static QString stacks(const QString& region);
    static QString events(const QString& region);

    //! Moves a stack just put in the state (CREATE_IN_PROGRESS, resources "INIT") on.
    void startCreate(const QString& region, const QString& stackId);
    //! Turns the stack to DELETE_IN_PROGRESS and removes what it made.
    void startDelete(const QString& region, const QString& stackId);
    //! After a state file is loaded: moves on the stacks that were in progress.
    void resume();
    //! Records an event of the stack (resource "" = the stack itself).
    void addEvent(const QString& region, const QJsonObject& stack, const QString& resource, const QString& status,
                  const QString& reason);

private:
    void schedule(const QString& region, const QString& stackId);
    void step(const QString& region, const QString& stackId);
    bool stepCreate(const QString& region, QJsonObject& stack);
    bool stepDelete(const QString& region, QJsonObject& stack);
    void failCreate(const QString& region, QJsonObject& stack, const QString& resource, const QString& reason);
    void finishCreate(const QString& region, QJsonObject& stack);
    void setResource(QJsonObject& stack, const QString& name, const QJsonObject& resource);

    DemoEnv& m_env;
};

} // namespace zenith::demo
