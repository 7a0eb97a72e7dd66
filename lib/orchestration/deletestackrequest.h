#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! DELETE /v1/{project_id}/stacks/{stack_name}/{stack_id}: 204; Heat then deletes the stack's
//! resources in reverse dependency order (DELETE_IN_PROGRESS, then DELETE_COMPLETE or DELETE_FAILED).
struct DeleteStackRequest
{
    using Response = NoContent;

    QString name;
    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
