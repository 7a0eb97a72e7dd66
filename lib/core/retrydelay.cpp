#include "retrydelay.h"

#include <algorithm>
#include <cmath>

namespace zenith {

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok)
        return std::chrono::milliseconds(std::max<qint64>(0, std::llround(seconds * 1000)));
    // Qt 6.4's RFC 2822 parser rejects the "GMT" that ends every IMF-fixdate, the HTTP-date form
    // servers must send ("Wed, 21 Oct 2015 07:28:00 GMT"); it means +0000.
    QString text = QString::fromLatin1(v);
    if (text.endsWith(QLatin1StringView(" GMT")))
        text = text.chopped(4) + QStringLiteral(" +0000");
    const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(at)));
}

std::optional<std::chrono::milliseconds> retryDelay(const RetryPolicy& policy, int retriesSoFar, int httpStatus,
                                                    HttpMethod method, const QByteArray& retryAfter,
                                                    const QDateTime& now, double random01)
{
    if (retriesSoFar >= policy.maxRetries)
        return std::nullopt;
    // A 503 after a POST may come from a backend that already acted on it: replaying could
    // create a second server. 429 is the rate limiter refusing before any work was done.
    if (httpStatus != 429 && !(httpStatus == 503 && method != HttpMethod::Post))
        return std::nullopt;
    if (const auto told = parseRetryAfter(retryAfter, now))
        return std::min(*told, policy.maxDelay);
    const double base = static_cast<double>(policy.baseDelay.count()) * std::pow(2.0, retriesSoFar);
    const double spread = 1.0 + policy.jitter * (2.0 * random01 - 1.0);
    const auto delay = std::chrono::milliseconds(std::llround(base * spread));
    return std::clamp(delay, std::chrono::milliseconds(0), policy.maxDelay);
}

} // namespace zenith
