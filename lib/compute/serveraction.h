#pragma once

#include "serveractionevent.h"

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace zenith {

//! One thing done to a server (create, stop, resize, attach_interface...), from its instance
//! action log; identified by the request id of the call that asked for it.
struct ServerAction
{
    QString action;
    QString requestId;
    QString serverId; //!< instance_uuid
    QString userId;
    QString projectId;
    QDateTime startTime;
    QDateTime updatedAt;             //!< from 2.58
    QString message;                 //!< empty, or "Error" when a step failed
    QList<ServerActionEvent> events; //!< only from GetServerActionRequest (and when policy shows them)

    //! Reads one instance action.
    static Result<ServerAction> fromJson(const QJsonObject& json);
};

} // namespace zenith
