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

//! CPU time every process on the machine used so far (the busy fields of /proc/stat's "cpu" line),
//! in ms; 0 where there is no /proc/stat. Minus cpuMs(), over a run against a cloud on this
//! machine, it is the cloud's work: the run cannot be shorter than that divided by the cores.
inline qint64 machineCpuMs()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    // cpu user nice system idle iowait irq softirq steal ...: idle and iowait are not work.
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    qint64 ticks = 0;
    for (const int busy : {1, 2, 3, 6, 7, 8}) {
        if (busy < fields.size())
            ticks += fields.at(busy).toLongLong();
    }
    return ticks * 1000 / sysconf(_SC_CLK_TCK);
}

} // namespace zenith::bench
