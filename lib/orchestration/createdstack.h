#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace zenith {

//! Heat's answer to stack create: the new stack's id (it is being created: follow it with GetStackRequest).
struct CreatedStack
{
    QString id;

    static Result<CreatedStack> fromJson(const QJsonObject& json);
};

} // namespace zenith
