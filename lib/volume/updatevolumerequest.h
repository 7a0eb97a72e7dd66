#pragma once

#include "volume.h"

#include "core/requestspec.h"

#include <optional>

namespace zenith {

//! PUT /v3/{project}/volumes/{id}: renames a volume or changes its description (an empty string clears it).
struct UpdateVolumeRequest
{
    using Response = Volume;

    QString id;
    std::optional<QString> name;
    std::optional<QString> description;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
