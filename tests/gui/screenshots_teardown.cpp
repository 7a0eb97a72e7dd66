// Takes down what the screenshots built on a real cloud, in reverse dependency order: the zone,
// the volume's attachment, snapshot and volumes, the servers, then what the servers held (ports,
// the network, groups, the floating IP).
#include "screenshotsupport.h"

#include "compute/deleteserverrequest.h"
#include "compute/detachservervolumerequest.h"
#include "compute/getserverrequest.h"
#include "core/session.h"
#include "dns/deletezonerequest.h"
#include "dns/getzonerequest.h"
#include "network/deletefloatingiprequest.h"
#include "network/deletenetworkrequest.h"
#include "network/deleteportrequest.h"
#include "network/deletesecuritygrouprequest.h"
#include "network/getnetworkrequest.h"
#include "volume/deletevolumerequest.h"
#include "volume/deletevolumesnapshotrequest.h"
#include "volume/getvolumerequest.h"
#include "volume/getvolumesnapshotrequest.h"

using namespace zenith;

namespace shots {

bool pollUntil(const std::function<bool()>& done, int ms)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < ms) {
        if (done())
            return true;
        QTest::qWait(500);
    }
    return false;
}

namespace {

// Deletes, then waits until the cloud answers 404 for the resource.
template <typename Delete, typename Get> void deleteAndWait(Session* session, const QString& id)
{
    const auto deleted = awaitFuture(session->send(Delete{id}));
    if (!deleted && deleted.error().kind != ApiError::Kind::NotFound)
        std::fprintf(stderr, "cannot delete %s: %s\n", qPrintable(id), qPrintable(deleted.error().message));
    const bool gone = pollUntil(
        [&] {
            const auto got = awaitFuture(session->send(Get{id}));
            return !got && got.error().kind == ApiError::Kind::NotFound;
        },
        120000);
    if (!gone)
        std::fprintf(stderr, "%s is still there\n", qPrintable(id));
}

} // namespace

void tearDown(Session* session, const SeededLab& seeded)
{
    for (const QString& zone : seeded.zones)
        deleteAndWait<DeleteZoneRequest, GetZoneRequest>(session, zone);
    for (const QString& snapshot : seeded.snapshots)
        deleteAndWait<DeleteVolumeSnapshotRequest, GetVolumeSnapshotRequest>(session, snapshot);
    for (const QString& volume : seeded.volumes) {
        const auto shown = awaitFuture(session->send(GetVolumeRequest{volume}));
        for (int i = 0; shown && i < shown->attachments.size(); ++i)
            (void)awaitFuture(session->send(DetachServerVolumeRequest{shown->attachments.at(i).serverId, volume}));
        (void)pollUntil(
            [&] {
                const auto got = awaitFuture(session->send(GetVolumeRequest{volume}));
                return got && got->status == u"available";
            },
            120000);
        deleteAndWait<DeleteVolumeRequest, GetVolumeRequest>(session, volume);
    }
    for (const QString& server : seeded.servers)
        (void)awaitFuture(session->send(DeleteServerRequest{server}));
    for (const QString& server : seeded.servers)
        deleteAndWait<DeleteServerRequest, GetServerRequest>(session, server);
    for (const QString& port : seeded.ports)
        (void)awaitFuture(session->send(DeletePortRequest{port}));
    for (const QString& ip : seeded.floatingIps)
        (void)awaitFuture(session->send(DeleteFloatingIpRequest{ip}));
    // Last created first: db's rule names web as its remote group.
    for (auto group = seeded.securityGroups.crbegin(); group != seeded.securityGroups.crend(); ++group)
        (void)awaitFuture(session->send(DeleteSecurityGroupRequest{*group}));
    for (const QString& network : seeded.networks)
        deleteAndWait<DeleteNetworkRequest, GetNetworkRequest>(session, network);
}

} // namespace shots
