#include "labdatabasesnapshot.h"

#include "labinventory.h"

#include "cli/labsnapshotcommand.h"
#include "core/session.h"
#include "core/waiter.h"
#include "core/whenfinished.h"
#include "volume/createvolumesnapshotrequest.h"
#include "volume/getvolumesnapshotrequest.h"
#include "volume/listvolumesnapshotsrequest.h"

#include <QPointer>

using namespace std::chrono_literals;

namespace zenith {

namespace {

const QString kTagKey = QStringLiteral("zenith-lab");

// A snapshot of a small volume is ready in seconds on LVM or Ceph; a busy backend takes minutes.
WaitOptions availableWait()
{
    return {.firstDelay = 500ms, .growth = 1.5, .maxDelay = 5s, .timeout = 15min};
}

} // namespace

LabDatabaseSnapshot::LabDatabaseSnapshot(Session* session, LabTopology topology, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_topology(std::move(topology))
{}

LabDatabaseSnapshot::~LabDatabaseSnapshot()
{
    m_wait.cancel();
}

QString LabDatabaseSnapshot::nameAt(const LabPlan& plan, const QDateTime& when)
{
    return plan.name + QStringLiteral("-db-") + when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

bool LabDatabaseSnapshot::belongsTo(const VolumeSnapshot& snapshot, const LabPlan& plan)
{
    return snapshot.metadata.value(kTagKey) == plan.name;
}

LabStep LabDatabaseSnapshot::teardownStep(const VolumeSnapshot& snapshot)
{
    const QString name = snapshot.name.isEmpty() ? snapshot.id : snapshot.name;
    return {QStringLiteral("snapshot:") + snapshot.id,
            LabStepKind::VolumeSnapshot,
            name,
            {},
            LabSnapshotCommand::remove(name)};
}

void LabDatabaseSnapshot::take()
{
    if (m_taking)
        return;
    m_taking = true;
    m_lastStatus.clear();
    LabInventory::read(*m_session, m_topology, this, [this](const Result<LabInventory>& inventory) {
        if (!inventory)
            return fail(inventory.error());
        m_apiCalls += inventory->apiCalls;
        const QString volume = inventory->ids.value(QStringLiteral("volume"));
        if (volume.isEmpty()) {
            return fail(
                ApiError::local(ApiError::Kind::NotFound,
                                QStringLiteral("The volume %1 of the lab does not exist").arg(m_topology.volumeName),
                                QStringLiteral("volume")));
        }
        create(volume, inventory->ids.contains(QStringLiteral("attach:db")));
    });
}

void LabDatabaseSnapshot::create(const QString& volumeId, bool attached)
{
    CreateVolumeSnapshotRequest request;
    request.volumeId = volumeId;
    request.name = nameAt(m_topology.plan, QDateTime::currentDateTimeUtc());
    request.description = m_topology.plan.tag();
    // An attached (in-use) volume needs force up to microversion 3.65: the snapshot is crash-consistent.
    request.force = attached;
    request.metadata = QMap<QString, QString>{{kTagKey, m_topology.plan.name}};
    ++m_apiCalls;
    const QString name = *request.name;
    whenFinished(m_session->send(request), this, [this, name](const Result<VolumeSnapshot>& created) {
        if (!created)
            return fail(created.error());
        Q_EMIT started(name, LabSnapshotCommand::create(m_topology, name));
        m_lastStatus = created->status;
        Q_EMIT statusChanged(created.value());
        waitAvailable(created.value());
    });
}

void LabDatabaseSnapshot::waitAvailable(const VolumeSnapshot& snapshot)
{
    QPointer<LabDatabaseSnapshot> self(this);
    const QFuture<Result<VolumeSnapshot>> waiting = poll<VolumeSnapshot, GetVolumeSnapshotRequest>(
        *m_session, GetVolumeSnapshotRequest{snapshot.id},
        [self](const Result<VolumeSnapshot>& reply) -> std::optional<Result<VolumeSnapshot>> {
            if (!self)
                return Result<VolumeSnapshot>(ApiError::local(ApiError::Kind::Cancelled, QStringLiteral("Gone")));
            ++self->m_apiCalls;
            if (!reply)
                return isTransient(reply.error()) ? std::nullopt : std::optional<Result<VolumeSnapshot>>(reply.error());
            if (reply->status != self->m_lastStatus) {
                self->m_lastStatus = reply->status;
                Q_EMIT self->statusChanged(reply.value());
            }
            if (reply->status == u"available")
                return reply;
            if (reply->status.startsWith(u"error")) {
                // Cinder keeps the reason in its user messages, not on the snapshot: name the status.
                return Result<VolumeSnapshot>(ApiError::local(
                    ApiError::Kind::Server,
                    QStringLiteral("Cinder put the snapshot %1 in status %2").arg(reply->name, reply->status),
                    QStringLiteral("volume")));
            }
            return std::nullopt;
        },
        availableWait());
    m_wait = QFuture<void>(waiting);
    whenFinished(waiting, this, [this](const Result<VolumeSnapshot>& done) {
        if (!done)
            return fail(done.error());
        m_taking = false;
        Q_EMIT taken(done.value());
        list();
    });
}

void LabDatabaseSnapshot::list()
{
    ListVolumeSnapshotsRequest request;
    request.limit = 1000;
    request.sort = QStringLiteral("created_at:desc");
    ++m_apiCalls;
    whenFinished(m_session->send(request), this, [this](const Result<Page<VolumeSnapshot>>& page) {
        if (!page)
            return fail(page.error());
        QList<VolumeSnapshot> ours;
        for (const VolumeSnapshot& s : page->items) {
            if (belongsTo(s, m_topology.plan))
                ours.append(s);
        }
        Q_EMIT listed(ours);
    });
}

void LabDatabaseSnapshot::fail(const ApiError& error)
{
    m_taking = false;
    Q_EMIT failed(error);
}

} // namespace zenith
