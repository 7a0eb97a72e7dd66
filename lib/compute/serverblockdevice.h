#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace zenith {

//! One entry of block_device_mapping_v2 at server creation (boot from volume, extra volumes).
struct ServerBlockDevice
{
    QString uuid;                  //!< the image, volume or snapshot id (empty for "blank")
    QString sourceType;            //!< image, volume, snapshot, blank
    QString destinationType;       //!< volume or local
    std::optional<int> bootIndex;  //!< 0 for the boot disk; unset for other disks
    std::optional<int> volumeSize; //!< GiB, for a volume Nova creates
    std::optional<bool> deleteOnTermination;

    //! A boot volume that Nova creates from an image, `sizeGiB` large.
    static ServerBlockDevice bootVolumeFromImage(const QString& imageId, int sizeGiB, bool deleteOnTermination);
    //! An existing (bootable) volume as the boot disk.
    static ServerBlockDevice bootFromVolume(const QString& volumeId, bool deleteOnTermination);

    //! The JSON object of one mapping.
    QJsonObject toJson() const;
};

} // namespace zenith
