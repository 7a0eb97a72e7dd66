#pragma once

// Small helpers shared by the benchmarks: waiting on futures and reading the peak RSS.

#include "core/result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFuture>
#include <QFutureWatcher>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

namespace zenith::bench {

//! Runs an event loop until the future is done (a paged future: until its last page). A loop that
//! sleeps between events, as the app's does: processEvents(flags, ms) never waits, and a benchmark
//! spinning on it would take a core from the demo cloud it measures.
template <typename T> void waitFor(const QFuture<T>& future)
{
    if (future.isFinished())
        return;
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    loop.exec();
}

//! Spins the event loop until the future is done, and gives its result.
template <typename T> T await(QFuture<T> future)
{
    waitFor(future);
    return future.result();
}

//! CPU time (user + system) this process used so far, in ms: unlike wall time, it does not grow
//! when other programs load the machine.
inline qint64 cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
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

//! The machine's CPU time so far, from /proc/stat's "cpu" line, in ms (zeros where there is none).
struct MachineCpu
{
    qint64 work = 0;   //!< user, nice, system, irq, softirq: what every process used
    qint64 stolen = 0; //!< steal: what the hypervisor gave other guests while this one waited
};

//! Minus cpuMs(), `work` over a run against a cloud on this machine is the cloud's work; with
//! `stolen`, over the cores, it is a bound on the run's wall time.
inline MachineCpu machineCpu()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    // cpu user nice system idle iowait irq softirq steal ...
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    const auto ms = [&fields](int i) {
        return i < fields.size() ? fields.at(i).toLongLong() * 1000 / sysconf(_SC_CLK_TCK) : 0;
    };
    return {ms(1) + ms(2) + ms(3) + ms(6) + ms(7), ms(8)};
}

} // namespace zenith::bench
