#pragma once

#include "createdstack.h"

#include "core/requestspec.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace zenith {

//! POST /v1/{project_id}/stacks: Heat validates the template and starts creating its resources
//! (201 with the stack's id; the stack is CREATE_IN_PROGRESS). 409 StackExists when the name is
//! taken, 400 for a template or parameter Heat refuses.
struct CreateStackRequest
{
    using Response = CreatedStack;

    QString name;                        //!< "stack_name": unique in the project; letters, digits, "_-."
    QByteArray templateText;             //!< the HOT template as YAML or JSON text…
    QJsonObject templateObject;          //!< …or as an object (used when templateText is empty)
    QMap<QString, QString> parameters;   //!< values for the template's parameters (hidden ones included)
    std::optional<int> timeoutMins;      //!< the stack fails when creation takes longer
    QStringList tags;                    //!< the stack's own tags (not its resources')
    std::optional<bool> disableRollback; //!< Heat's default (true) keeps what was made when creation fails

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
