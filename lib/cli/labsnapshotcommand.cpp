#include "labsnapshotcommand.h"

#include "openstackcommand.h"

namespace zenith {

QString LabSnapshotCommand::create(const LabTopology& t, const QString& snapshotName)
{
    return OpenstackCommand::join({QStringLiteral("volume"), QStringLiteral("snapshot"), QStringLiteral("create"),
                                   QStringLiteral("--volume"), t.volumeName, QStringLiteral("--force"),
                                   QStringLiteral("--property"), QStringLiteral("zenith-lab=") + t.plan.name,
                                   snapshotName});
}

QString LabSnapshotCommand::remove(const QString& snapshotName)
{
    return OpenstackCommand::join(
        {QStringLiteral("volume"), QStringLiteral("snapshot"), QStringLiteral("delete"), snapshotName});
}

QString LabSnapshotCommand::restore(const LabTopology& t, const QString& snapshotName)
{
    return OpenstackCommand::join({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("--snapshot"),
                                   snapshotName, t.volumeName + QStringLiteral("-restored")});
}

QString LabSnapshotCommand::list(const LabTopology& t)
{
    return OpenstackCommand::join({QStringLiteral("volume"), QStringLiteral("snapshot"), QStringLiteral("list"),
                                   QStringLiteral("--volume"), t.volumeName});
}

} // namespace zenith
