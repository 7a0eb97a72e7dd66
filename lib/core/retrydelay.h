#pragma once

#include "requestspec.h"
#include "sessionoptions.h"

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace zenith {

//! How long to wait before retrying a reply, or nullopt when it must not be retried.
//! Only 429 and 503 are retried, a POST only on 429 (the server says it did not process it).
//! Retry-After (seconds or HTTP date) wins over backoff; both are capped by policy.maxDelay.
//! `retriesSoFar` counts earlier retries; `random01` in [0, 1) spreads clients apart (jitter).
std::optional<std::chrono::milliseconds> retryDelay(const RetryPolicy& policy, int retriesSoFar, int httpStatus,
                                                    HttpMethod method, const QByteArray& retryAfter,
                                                    const QDateTime& now, double random01);

//! Parses a Retry-After value: delta-seconds or an HTTP date relative to `now`.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value, const QDateTime& now);

} // namespace zenith
