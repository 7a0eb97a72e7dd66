#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! DELETE /v3/auth/tokens: revokes a token (signing out). Any valid token may revoke itself.
struct RevokeTokenRequest
{
    using Response = NoContent;

    QString token; //!< the token to revoke; a secret, sent only in X-Subject-Token

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
