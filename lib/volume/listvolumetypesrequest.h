#pragma once

#include "volumetype.h"

#include "core/requestspec.h"

#include <QList>

namespace zenith {

//! GET /v3/{project}/types: the volume types the project may use (the create dialog's choices).
struct ListVolumeTypesRequest
{
    using Response = QList<VolumeType>;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
