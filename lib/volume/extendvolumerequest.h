#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! POST /v3/{project}/volumes/{id}/action {"os-extend"}: grows a volume (202; "extending", then
//! "available" or "in-use"; "error_extending" when the back end fails). Shrinking is refused (400).
struct ExtendVolumeRequest
{
    using Response = NoContent;

    QString id;
    int newSize = 0; //!< GiB, larger than the current size
    //! Set when the volume is attached (in-use): Cinder needs microversion 3.42 for that.
    bool attached = false;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
