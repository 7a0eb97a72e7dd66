#pragma once

#include "demoheatcalls.h"

#include <QJsonObject>
#include <QString>

namespace zenith::demo::heat {

//! Where a resource's create or delete stands after a call or a check.
struct Outcome
{
    enum class State { InProgress, Complete, Failed };
    State state = State::InProgress;
    QString physicalId;
    QJsonObject attributes; //!< the resource as its service shows it (get_attr reads it)
    QString reason;         //!< Heat's words when Failed

    static Outcome failed(const QString& reason)
    {
        Outcome o;
        o.state = State::Failed;
        o.reason = reason;
        return o;
    }
};

//! One resource to make or remove: its template key, type and (resolved) properties.
struct ResourceCall
{
    const DemoHeatCalls& calls;
    QString stackName;
    QString logicalName;
    QString type;
    QJsonObject properties;
    QString physicalId;     //!< once created
    QJsonObject attributes; //!< once created
};

//! Sends the requests that create the resource (OS::Neutron::*, OS::Nova::*, OS::Cinder::*, OS::Heat::None).
Outcome create(const ResourceCall& resource);
//! Whether a resource being created is ready (a server ACTIVE, a volume available or attached).
Outcome checkCreated(const ResourceCall& resource);
//! Sends the request that deletes the resource (a resource already gone counts as deleted).
Outcome remove(const ResourceCall& resource);
//! Whether a resource being deleted is gone.
Outcome checkDeleted(const ResourceCall& resource);

} // namespace zenith::demo::heat
