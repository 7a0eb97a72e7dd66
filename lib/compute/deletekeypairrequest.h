#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! DELETE /os-keypairs/{name}: deletes a key pair (204; 202 before 2.2). Servers booted with it keep it.
struct DeleteKeypairRequest
{
    using Response = NoContent;

    QString name;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
