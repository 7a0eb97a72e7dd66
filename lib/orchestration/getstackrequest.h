#pragma once

#include "stack.h"

#include "core/requestspec.h"

namespace zenith {

//! GET /v1/{project_id}/stacks/{stack_name}/{stack_id}: the stack's status, reason and outputs.
//! A deleted stack still answers by id for a while, DELETE_COMPLETE; an unknown one is 404.
struct GetStackRequest
{
    using Response = Stack;

    QString name;
    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
