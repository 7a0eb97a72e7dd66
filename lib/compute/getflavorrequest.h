#pragma once

#include "flavor.h"

#include "core/requestspec.h"

namespace zenith {

//! GET /flavors/{id}: one flavor.
struct GetFlavorRequest
{
    using Response = Flavor;

    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
