#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! DELETE /v3/{project}/volumes/{id}: deletes a volume (202; it goes "deleting", then 404).
//! Refused (400) while it is attached or, without `cascade`, while it has snapshots.
struct DeleteVolumeRequest
{
    using Response = NoContent;

    QString id;
    bool cascade = false; //!< delete its snapshots with it (?cascade=true)

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
