#pragma once

#include "rawreply.h"
#include "token.h"

#include "config/cloudconfig.h"

#include <QDeadlineTimer>
#include <QList>

#include <chrono>
#include <functional>
#include <optional>

namespace zenith {

//! Keeps one Keystone token valid: authenticates on first use, renews before expiry,
//! shares one authentication among every request that waits for it.
class Authenticator
{
public:
    using Transport = std::function<void(const RequestSpec&, std::function<void(const Result<RawReply>&)>)>;
    using TokenCallback = std::function<void(const Result<Token>&)>;

    Authenticator(AuthSettings auth, Transport transport);

    void setRefreshMargin(std::chrono::seconds margin) { m_margin = margin; }
    //! Scope later tokens to this project instead of the configured scope; drops the current token.
    void setProject(const std::optional<QString>& projectId);
    //! Calls back with a token valid for at least the refresh margin, authenticating if needed.
    void withToken(TokenCallback callback);
    //! A request was refused with this token: forget it, unless a newer one replaced it already.
    void invalidate(const QString& tokenId);
    const std::optional<Token>& token() const { return m_token; }
    bool hasValidToken() const;

    std::function<void(const Token&)> authenticated;
    std::function<void(const ApiError&)> failed;

private:
    void start();
    void onReply(const Result<RawReply>& reply);
    void settle(const Result<Token>& result);

    AuthSettings m_auth;
    Transport m_transport;
    std::optional<QString> m_project;
    std::optional<Token> m_token;
    QDeadlineTimer m_validUntil;
    std::chrono::seconds m_margin{120};
    bool m_running = false;
    int m_generation = 0;
    QList<TokenCallback> m_waiting;
};

} // namespace zenith
