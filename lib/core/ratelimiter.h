#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <deque>
#include <functional>

namespace zenith {

//! Client-side token buckets, one per key (a service type, or Keystone's token endpoint).
//! A bucket holds `burst` tokens and refills at `perSecond`; a caller runs as soon as it gets one,
//! in arrival order. Keys without a rate run at once.
class RateLimiter final : public QObject
{
    Q_OBJECT

public:
    explicit RateLimiter(QObject* parent = nullptr);

    //! Sets (or with perSecond <= 0 removes) the rate for a key.
    void setRate(const QString& key, double perSecond, double burst);
    //! Runs `go` now or when the key's bucket allows it; `go` is dropped if `context` dies first.
    void acquire(const QString& key, QObject* context, std::function<void()> go);
    //! Callers waiting, across all keys.
    int waiting() const;

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> go;
    };
    struct Bucket
    {
        double perSecond = 0;
        double burst = 1;
        double tokens = 1;
        qint64 refilledAtMs = 0;
        std::deque<Waiter> queue;
        QTimer* timer = nullptr;
    };

    void refill(Bucket& bucket);
    void drain(const QString& key);

    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_clock;
};

} // namespace zenith
