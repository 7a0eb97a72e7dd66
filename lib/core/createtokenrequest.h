#pragma once

#include "requestspec.h"
#include "token.h"

#include "config/cloudconfig.h"

namespace zenith {

//! POST /v3/auth/tokens: password, application credential or token authentication.
//! Session sends it itself and fills Token::id from the X-Subject-Token header.
struct CreateTokenRequest
{
    using Response = Token;

    AuthSettings auth;
    //! Scope override (switching project): a project id that replaces the configured scope.
    std::optional<QString> projectId;

    //! The Keystone v3 base, from auth_url with "/v3" added when it is missing.
    static QUrl identityBase(const QUrl& authUrl);
    //! The JSON body, or a Config error naming what the settings lack.
    Result<QByteArray> body() const;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
