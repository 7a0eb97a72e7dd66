#include "serverblockdevice.h"

#include "core/requestbuilder.h"

namespace zenith {

ServerBlockDevice ServerBlockDevice::bootVolumeFromImage(const QString& imageId, int sizeGiB, bool deleteOnTermination)
{
    ServerBlockDevice d;
    d.uuid = imageId;
    d.sourceType = QStringLiteral("image");
    d.destinationType = QStringLiteral("volume");
    d.bootIndex = 0;
    d.volumeSize = sizeGiB;
    d.deleteOnTermination = deleteOnTermination;
    return d;
}

ServerBlockDevice ServerBlockDevice::bootFromVolume(const QString& volumeId, bool deleteOnTermination)
{
    ServerBlockDevice d;
    d.uuid = volumeId;
    d.sourceType = QStringLiteral("volume");
    d.destinationType = QStringLiteral("volume");
    d.bootIndex = 0;
    d.deleteOnTermination = deleteOnTermination;
    return d;
}

QJsonObject ServerBlockDevice::toJson() const
{
    QJsonObject o;
    insertIfSet(o, QStringLiteral("boot_index"), bootIndex);
    if (!uuid.isEmpty())
        o.insert(QStringLiteral("uuid"), uuid);
    o.insert(QStringLiteral("source_type"), sourceType);
    o.insert(QStringLiteral("destination_type"), destinationType);
    insertIfSet(o, QStringLiteral("volume_size"), volumeSize);
    insertIfSet(o, QStringLiteral("delete_on_termination"), deleteOnTermination);
    return o;
}

} // namespace zenith
