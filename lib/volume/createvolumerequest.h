#pragma once

#include "volume.h"

#include "core/requestspec.h"

#include <QMap>

#include <optional>

namespace zenith {

//! POST /v3/{project}/volumes: a new volume, empty or from an image, a snapshot or another volume.
//! Cinder answers 202 with the volume in status "creating"; wait for "available".
struct CreateVolumeRequest
{
    using Response = Volume;

    std::optional<int> size; //!< GiB; may be left out with a snapshot or a source volume (their size is used)
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> volumeType;       //!< type name or id; the cloud's default type otherwise
    std::optional<QString> availabilityZone; //!< "nova" on most clouds
    std::optional<QString> imageRef;         //!< a Glance image id: the volume becomes bootable
    std::optional<QString> snapshotId;       //!< restore a snapshot into a new volume
    std::optional<QString> sourceVolumeId;   //!< clone a volume ("source_volid")
    std::optional<QMap<QString, QString>> metadata;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
