#include "authenticator.h"

#include "createtokenrequest.h"
#include "httplog.h"

namespace zenith {

Authenticator::Authenticator(AuthSettings auth, Transport transport)
    : m_auth(std::move(auth))
    , m_transport(std::move(transport))
{}

void Authenticator::setProject(const std::optional<QString>& projectId)
{
    m_project = projectId;
    m_token.reset();
    ++m_generation; // an authentication already running was for the old scope
}

bool Authenticator::hasValidToken() const
{
    if (!m_token)
        return false;
    return m_validUntil.remainingTimeAsDuration() > m_margin;
}

void Authenticator::withToken(TokenCallback callback)
{
    if (hasValidToken()) {
        callback(*m_token);
        return;
    }
    m_waiting.append(std::move(callback));
    start();
}

void Authenticator::invalidate(const QString& tokenId)
{
    if (m_token && m_token->id == tokenId) {
        qCInfo(lcSession) << "token refused by a service; authenticating again";
        m_token.reset();
    }
}

void Authenticator::start()
{
    if (m_running)
        return;
    CreateTokenRequest request{m_auth, m_project};
    auto body = request.body();
    if (!body) {
        settle(body.error());
        return;
    }
    m_running = true;
    const int generation = m_generation;
    qCInfo(lcSession) << "authenticating to" << CreateTokenRequest::identityBase(m_auth.authUrl).toDisplayString();
    m_transport(request.spec(), [this, generation](const Result<RawReply>& reply) {
        m_running = false;
        if (generation != m_generation) {
            start(); // the scope changed meanwhile: authenticate again for the new one
            return;
        }
        onReply(reply);
    });
}

void Authenticator::onReply(const Result<RawReply>& reply)
{
    if (!reply) {
        ApiError error = reply.error();
        // Keystone answers a revoked or expired token with 404 "Failed to validate token": for
        // whoever signs in with it, that is a refused credential like any 401.
        if (m_auth.method == AuthSettings::Method::Token && error.httpStatus == 404)
            error.kind = ApiError::Kind::Unauthorized;
        settle(error);
        return;
    }
    auto token = parseReply<CreateTokenRequest>(reply.value());
    if (!token) {
        settle(token.error());
        return;
    }
    token->id = QString::fromLatin1(reply->header("X-Subject-Token"));
    if (token->id.isEmpty()) {
        ApiError e = ApiError::parse(QStringLiteral("X-Subject-Token"), QStringLiteral("header is missing"));
        e.service = reply->service;
        e.requestId = reply->requestId;
        settle(e);
        return;
    }
    // Trust the token's lifetime rather than the server's clock: a client clock that is off
    // by minutes must not make every token look expired (or eternal).
    const qint64 lifetimeMs = token->issuedAt.isValid() ? token->issuedAt.msecsTo(token->expiresAt)
                                                        : QDateTime::currentDateTimeUtc().msecsTo(token->expiresAt);
    m_validUntil = QDeadlineTimer(std::max<qint64>(0, lifetimeMs));
    settle(token);
}

void Authenticator::settle(const Result<Token>& result)
{
    if (result) {
        m_token = result.value();
        qCInfo(lcSession).nospace() << "authenticated as " << m_token->user.name << ", token valid for "
                                    << m_validUntil.remainingTime() / 1000 << " s";
        if (authenticated)
            authenticated(*m_token);
    } else {
        m_token.reset();
        qCWarning(lcSession) << "authentication failed:" << kindName(result.error().kind) << result.error().message;
        if (failed)
            failed(result.error());
    }
    const QList<TokenCallback> waiting = std::exchange(m_waiting, {});
    for (const TokenCallback& callback : waiting)
        callback(result);
}

} // namespace zenith
