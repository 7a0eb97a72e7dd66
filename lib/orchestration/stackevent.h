#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace zenith {

//! One event of a stack: a resource (or the stack itself, named like the stack) changed status.
struct StackEvent
{
    QString id;
    QString resourceName;         //!< "resource_name"
    QString logicalResourceId;    //!< "logical_resource_id": the resource's key in the template
    QString physicalResourceId;   //!< the created resource's id once there is one (a name before)
    QString resourceType;         //!< "resource_type": only with resource_type filters or nested_depth
    QString resourceStatus;       //!< "CREATE_IN_PROGRESS", "CREATE_COMPLETE", "CREATE_FAILED"…
    QString resourceStatusReason; //!< "state changed", or the service's error on *_FAILED
    QDateTime eventTime;

    bool isFailed() const { return resourceStatus.endsWith(QStringLiteral("_FAILED")); }

    static Result<StackEvent> fromJson(const QJsonObject& json);
};

} // namespace zenith
