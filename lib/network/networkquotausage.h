#pragma once

#include "core/result.h"

#include <QJsonObject>

namespace zenith {

//! One resource's line of Neutron's quota details.
struct NetworkQuotaUsage
{
    int limit = 0; //!< -1: unlimited
    int used = 0;
    int reserved = 0; //!< held by requests in flight

    static Result<NetworkQuotaUsage> fromJson(const QJsonObject& json);
};

} // namespace zenith
