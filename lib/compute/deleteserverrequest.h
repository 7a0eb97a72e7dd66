#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! DELETE /servers/{id}: deletes a server in any state (204); it disappears within seconds
//! (waitForDeletion). A locked server cannot be deleted, even by its owner (409 "Instance ... is locked").
struct DeleteServerRequest
{
    using Response = NoContent;

    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
