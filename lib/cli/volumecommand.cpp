#include "volumecommand.h"

#include "openstackcommand.h"

namespace zenith {

QString VolumeCommand::create(const CreateOptions& options)
{
    QStringList words{QStringLiteral("volume"), QStringLiteral("create")};
    if (options.size > 0)
        words << QStringLiteral("--size") << QString::number(options.size);
    if (!options.type.isEmpty())
        words << QStringLiteral("--type") << options.type;
    if (!options.image.isEmpty())
        words << QStringLiteral("--image") << options.image;
    if (!options.snapshot.isEmpty())
        words << QStringLiteral("--snapshot") << options.snapshot;
    if (!options.availabilityZone.isEmpty())
        words << QStringLiteral("--availability-zone") << options.availabilityZone;
    return OpenstackCommand::join(words << options.name);
}

QString VolumeCommand::setSize(const QString& volume, int size, bool attached)
{
    QStringList words;
    // Cinder extends an in-use volume only from microversion 3.42; the client asks 3.0 otherwise.
    if (attached)
        words << QStringLiteral("--os-volume-api-version") << QStringLiteral("3.42");
    words << QStringLiteral("volume") << QStringLiteral("set") << QStringLiteral("--size") << QString::number(size)
          << volume;
    return OpenstackCommand::join(words);
}

QString VolumeCommand::remove(const QStringList& volumes)
{
    return OpenstackCommand::join(QStringList{QStringLiteral("volume"), QStringLiteral("delete")} + volumes);
}

QString VolumeCommand::snapshotCreate(const QString& volume, const QString& name, bool force)
{
    QStringList words{QStringLiteral("volume"), QStringLiteral("snapshot"), QStringLiteral("create"),
                      QStringLiteral("--volume"), volume};
    // Cinder refuses a snapshot of an attached volume unless forced (the data may be mid-write).
    if (force)
        words << QStringLiteral("--force");
    return OpenstackCommand::join(words << name);
}

QString VolumeCommand::snapshotDelete(const QStringList& snapshots)
{
    return OpenstackCommand::join(
        QStringList{QStringLiteral("volume"), QStringLiteral("snapshot"), QStringLiteral("delete")} + snapshots);
}

} // namespace zenith
