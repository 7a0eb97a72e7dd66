#pragma once

#include <chrono>

namespace zenith {

//! How persistent Session is with 429 and 503 replies.
struct RetryPolicy
{
    int maxRetries = 3;                        //!< retries after the first attempt
    std::chrono::milliseconds baseDelay{500};  //!< first backoff, doubled each retry
    std::chrono::milliseconds maxDelay{30000}; //!< cap for backoff and for Retry-After
    double jitter = 0.25;                      //!< ± fraction of randomness added to backoff
};

//! Tunables of a Session; the defaults suit a real cloud, tests shrink them.
struct SessionOptions
{
    std::chrono::milliseconds transferTimeout{30000}; //!< abort when a transfer makes no progress this long
    std::chrono::seconds tokenRefreshMargin{120};     //!< renew a token this long before it expires
    RetryPolicy retry;
};

} // namespace zenith
