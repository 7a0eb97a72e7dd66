#pragma once

#include "compute/servervolumeattachment.h"
#include "volume/volume.h"

#include <optional>

namespace zenith {

//! One volume attached to a server: Nova's attachment with Cinder's volume when the project
//! can see it (nullopt otherwise, e.g. a volume of another project or a listing that failed).
struct ServerVolumeDetails
{
    ServerVolumeAttachment attachment;
    std::optional<Volume> volume;
};

} // namespace zenith
