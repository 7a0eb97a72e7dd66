// How a teardown waits until what it deleted is gone: servers by one list of the lab's servers per
// round for all of them (not one GET per server; ids only, as the detail list makes Nova ask Neutron
// for every server's groups), volumes and snapshots each by their own poll.
#include "labteardownprivate.h"

#include "compute/listserversummariesrequest.h"
#include "core/whenfinished.h"

#include <QTimer>

namespace zenith {

void LabTeardownPrivate::watchGone(const QString& stepId, const QString& serverId)
{
    deleting.insert(stepId, serverId);
    pollDeadline = QDeadlineTimer(goneWait().timeout);
    if (polling)
        return;
    polling = true;
    pollDelay = goneWait().firstDelay;
    QTimer::singleShot(pollDelay, q, [this] { pollServers(); });
}

void LabTeardownPrivate::pollServers()
{
    if (deleting.isEmpty() || stopping) {
        polling = false;
        return;
    }
    ListServerSummariesRequest list;
    list.tags = {topology.plan.tag()};
    whenFinished(send(list), q, [this](const Result<Page<ServerSummary>>& page) {
        if (stopping) {
            polling = false;
            return;
        }
        if (page) {
            QSet<QString> present;
            for (const ServerSummary& server : page->items)
                present.insert(server.id);
            const auto all = deleting;
            for (auto it = all.cbegin(); it != all.cend(); ++it) {
                if (!present.contains(it.value())) {
                    deleting.remove(it.key());
                    settle(it.key(), NoContent{});
                }
            }
        } else if (!isTransient(page.error()) || pollDeadline.hasExpired()) {
            const auto all = deleting;
            deleting.clear();
            for (auto it = all.cbegin(); it != all.cend(); ++it)
                settle(it.key(), page.error());
        }
        if (!deleting.isEmpty() && pollDeadline.hasExpired()) {
            const auto all = deleting;
            deleting.clear();
            for (auto it = all.cbegin(); it != all.cend(); ++it)
                settle(it.key(), ApiError::local(ApiError::Kind::Timeout, QStringLiteral("Still there"),
                                                 QStringLiteral("compute")));
        }
        if (deleting.isEmpty()) {
            polling = false;
            return;
        }
        const WaitOptions o = goneWait();
        pollDelay =
            std::min(o.maxDelay,
                     std::chrono::milliseconds(static_cast<qint64>(static_cast<double>(pollDelay.count()) * o.growth)));
        QTimer::singleShot(pollDelay, q, [this] { pollServers(); });
    });
}

void LabTeardownPrivate::deleteThenWait(const LabStep& s, const QFuture<Result<NoContent>>& deleted,
                                        std::function<QFuture<Result<NoContent>>()> wait)
{
    whenFinished(deleted, q, [this, id = s.id, wait](const Result<NoContent>& result) {
        if (!result || stopping)
            return settle(id, result);
        const QFuture<Result<NoContent>> waiting = wait();
        waits.insert(id, QFuture<void>(waiting));
        whenFinished(waiting, q, [this, id](const Result<NoContent>& gone) {
            waits.remove(id);
            settle(id, gone);
        });
    });
}

} // namespace zenith
