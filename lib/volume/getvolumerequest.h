#pragma once

#include "volume.h"

#include "core/requestspec.h"

namespace zenith {

//! GET /v3/{project}/volumes/{id}: one volume (what waiters poll).
struct GetVolumeRequest
{
    using Response = Volume;

    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
