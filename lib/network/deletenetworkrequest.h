#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! DELETE /v2.0/networks/{id}: fails with 409 NetworkInUse while ports other than DHCP's remain.
struct DeleteNetworkRequest
{
    using Response = NoContent;

    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
