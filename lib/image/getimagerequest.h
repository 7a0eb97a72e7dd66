#pragma once

#include "image.h"

#include "core/requestspec.h"

namespace zenith {

//! GET /v2/images/{id}: one image.
struct GetImageRequest
{
    using Response = Image;

    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
