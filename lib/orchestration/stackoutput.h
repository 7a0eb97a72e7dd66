#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace zenith {

//! One output of a stack ("public_ip", "url"): its value once the stack is complete.
struct StackOutput
{
    QString key; //!< "output_key"
    QString description;
    QJsonValue value; //!< "output_value": any JSON (a string, a list…); null while unresolved
    QString error;    //!< "output_error": why Heat could not resolve it, if it could not

    static Result<StackOutput> fromJson(const QJsonObject& json);
};

} // namespace zenith
