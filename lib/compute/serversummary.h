#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace zenith {

//! A server as GET /servers lists it: its id and name, nothing else.
struct ServerSummary
{
    QString id;
    QString name;

    //! Reads an element of "servers".
    static Result<ServerSummary> fromJson(const QJsonObject& json);
};

} // namespace zenith
