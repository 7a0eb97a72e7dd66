#pragma once

// Small helpers shared by the benchmarks: waiting on futures and reading the peak RSS.

#include "core/result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QThread>

namespace zenith::bench {

//! Spins the event loop until the future is done (a paged future: until its last page).
template <typename T> void waitFor(const QFuture<T>& future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
}

//! Spins the event loop until the future is done, and gives its result.
template <typename T> T await(QFuture<T> future)
{
    waitFor(future);
    return future.result();
}

//! VmHWM from /proc/self/status, in MiB.
inline double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace zenith::bench
