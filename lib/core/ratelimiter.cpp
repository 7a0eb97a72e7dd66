#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace zenith {

RateLimiter::RateLimiter(QObject* parent)
    : QObject(parent)
{
    m_clock.start();
}

void RateLimiter::setRate(const QString& key, double perSecond, double burst)
{
    if (perSecond <= 0) {
        auto it = m_buckets.find(key);
        if (it != m_buckets.end()) {
            // Release anyone still queued: the limit no longer applies.
            it->perSecond = 0;
            drain(key);
            it = m_buckets.find(key);
            if (it == m_buckets.end())
                return;
            delete it->timer;
            m_buckets.erase(it);
        }
        return;
    }
    Bucket& b = m_buckets[key];
    b.perSecond = perSecond;
    b.burst = std::max(1.0, burst);
    b.tokens = b.burst;
    b.refilledAtMs = m_clock.elapsed();
    if (!b.timer) {
        b.timer = new QTimer(this);
        b.timer->setSingleShot(true);
        b.timer->setTimerType(Qt::PreciseTimer);
        connect(b.timer, &QTimer::timeout, this, [this, key] { drain(key); });
    }
}

void RateLimiter::refill(Bucket& b)
{
    const qint64 now = m_clock.elapsed();
    b.tokens = std::min(b.burst, b.tokens + static_cast<double>(now - b.refilledAtMs) * b.perSecond / 1000.0);
    b.refilledAtMs = now;
}

void RateLimiter::acquire(const QString& key, QObject* context, std::function<void()> go)
{
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        go();
        return;
    }
    it->queue.push_back(Waiter{context, std::move(go)});
    drain(key);
}

void RateLimiter::drain(const QString& key)
{
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        return;
    Bucket& b = *it;
    std::deque<Waiter> ready;
    if (b.perSecond <= 0) {
        ready.swap(b.queue);
    } else {
        refill(b);
        while (!b.queue.empty() && b.tokens >= 1.0) {
            b.tokens -= 1.0;
            ready.push_back(std::move(b.queue.front()));
            b.queue.pop_front();
        }
        if (!b.queue.empty() && !b.timer->isActive()) {
            const double missing = 1.0 - b.tokens;
            b.timer->start(static_cast<int>(std::ceil(missing * 1000.0 / b.perSecond)));
        }
    }
    // Run after the bookkeeping: a callback may call acquire() again.
    for (Waiter& w : ready) {
        if (w.context)
            w.go();
    }
}

int RateLimiter::waiting() const
{
    int n = 0;
    for (const Bucket& b : m_buckets)
        n += static_cast<int>(b.queue.size());
    return n;
}

} // namespace zenith
