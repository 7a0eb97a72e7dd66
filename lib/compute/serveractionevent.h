#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace zenith {

//! One step of a server action as the compute host ran it ("compute__do_build_and_run_instance").
struct ServerActionEvent
{
    QString event;
    QDateTime startTime;
    QDateTime finishTime; //!< invalid while the step runs
    QString result;       //!< "Success", "Error", or empty while running
    QString hostId;       //!< from 2.62
    QString host;         //!< admins only, from 2.62
    QString traceback;    //!< admins only
    QString details;      //!< from 2.84: why the step failed

    //! Reads one entry of an action's "events".
    static Result<ServerActionEvent> fromJson(const QJsonObject& json);
};

} // namespace zenith
