#pragma once

#include "core/nullable.h"
#include "floatingip.h"

#include "core/requestspec.h"

namespace zenith {

//! PUT /v2.0/floatingips/{id}: associates to a port, or disassociates (port_id null).
struct UpdateFloatingIpRequest
{
    using Response = FloatingIp;

    QString id;
    Nullable<QString> portId; //!< a port: associate; clearValue(): disassociate
    std::optional<QString> fixedIpAddress;
    std::optional<QString> description;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
