// LabCliRun's `zenith lab snapshot`: a snapshot of the lab's database volume, then the lab's snapshots.
#include "labclirun.h"

#include "cli/labsnapshotcommand.h"
#include "common/errortext.h"
#include "lab/labdatabasesnapshot.h"
#include "volume/volumestatus.h"

#include <QJsonArray>

namespace zenith {

namespace {

QJsonObject snapshotJson(const VolumeSnapshot& s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("status"), s.status},
            {QStringLiteral("size"), s.size},
            {QStringLiteral("createdAt"), s.createdAt.toUTC().toString(Qt::ISODate)}};
}

} // namespace

void LabCliRun::runSnapshot()
{
    auto* snapshot = new LabDatabaseSnapshot(m_session, m_topology, this);
    connect(snapshot, &LabDatabaseSnapshot::started, this, [this](const QString& name, const QString& command) {
        m_json.insert(QStringLiteral("command"), command);
        //: %1 snapshot name, %2 volume name
        m_err << tr("Snapshot “%1” of %2 requested:").arg(name, m_topology.volumeName) << Qt::endl
              << QStringLiteral("  ") << command << Qt::endl;
    });
    connect(snapshot, &LabDatabaseSnapshot::statusChanged, this, [this](const VolumeSnapshot& s) {
        m_err << QStringLiteral("  ") << VolumeStatus::text(s.status) << Qt::endl;
    });
    connect(snapshot, &LabDatabaseSnapshot::taken, this, [this](const VolumeSnapshot& s) {
        m_json.insert(QStringLiteral("snapshot"), snapshotJson(s));
        if (m_options.json)
            return;
        //: %1 snapshot name, %2 its size in GiB
        m_out << tr("Snapshot “%1” is available (%2 GiB). To restore, create a volume from it:").arg(s.name).arg(s.size)
              << Qt::endl
              << QStringLiteral("  ") << LabSnapshotCommand::restore(m_topology, s.name) << Qt::endl;
    });
    connect(snapshot, &LabDatabaseSnapshot::listed, this, [this, snapshot](const QList<VolumeSnapshot>& all) {
        QJsonArray list;
        for (const VolumeSnapshot& s : all)
            list.append(snapshotJson(s));
        m_json.insert(QStringLiteral("snapshots"), list);
        m_json.insert(QStringLiteral("apiCalls"), snapshot->apiCalls());
        if (!m_options.json) {
            //: %1 lab name, %2 number of snapshots
            m_out << tr("Snapshots of lab “%1” (%2):").arg(m_topology.plan.name).arg(all.size()) << Qt::endl;
            for (const VolumeSnapshot& s : all) {
                m_out << QStringLiteral("  %1  %2  %3")
                             .arg(s.name, -28)
                             .arg(VolumeStatus::text(s.status), -12)
                             .arg(QLocale().toString(s.createdAt.toLocalTime(), QLocale::ShortFormat))
                      << Qt::endl;
            }
        }
        snapshot->deleteLater();
        done(Ok);
    });
    connect(snapshot, &LabDatabaseSnapshot::failed, this, [this, snapshot](const ApiError& error) {
        snapshot->deleteLater();
        const QString why = error.kind == ApiError::Kind::NotFound && error.httpStatus == 0
                                //: %1 volume name, %2 lab name
                                ? tr("The volume %1 does not exist: is lab “%2” deployed?")
                                      .arg(m_topology.volumeName, m_topology.plan.name)
                                : ErrorText::message(error);
        fail(tr("The database could not be snapshotted: %1").arg(why), Failed);
    });
    snapshot->take();
}

} // namespace zenith
