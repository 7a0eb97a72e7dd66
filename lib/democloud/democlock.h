#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

namespace zenith::demo {

//! The demo cloud's sense of time: resources move on (BUILD -> ACTIVE) after delays measured
//! in cloud seconds, which pass `speed` times faster than real ones (1 for a classroom demo,
//! 50 or more for tests).
class DemoClock
{
public:
    explicit DemoClock(double speed = 1.0)
        : m_speed(speed > 0 ? speed : 1.0)
    {}

    double speed() const { return m_speed; }
    void setSpeed(double speed) { m_speed = speed > 0 ? speed : 1.0; }

    //! Runs `what` after `cloudSeconds` of cloud time, unless `context` is gone by then.
    void after(double cloudSeconds, const QObject* context, std::function<void()> what) const;

    //! Now, as the services write it: "2026-11-25T10:00:00Z" (Nova, Neutron) ...
    static QString isoSeconds();
    //! ... and "2026-11-25T10:00:00.123456" (Cinder, Designate: microseconds, no zone).
    static QString isoMicroseconds();

private:
    double m_speed;
};

} // namespace zenith::demo
