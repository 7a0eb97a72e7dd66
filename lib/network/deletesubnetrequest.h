#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! DELETE /v2.0/subnets/{id}: fails with 409 SubnetInUse while ports have addresses on it.
struct DeleteSubnetRequest
{
    using Response = NoContent;

    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
