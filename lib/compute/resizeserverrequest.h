#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! POST /servers/{id}/action {"resize": {"flavorRef": ...}}: moves a server to another flavor
//! (202). It goes RESIZE, then VERIFY_RESIZE: confirm or revert it. 400 for the same flavor.
struct ResizeServerRequest
{
    using Response = NoContent;

    QString id;        //!< the server
    QString flavorRef; //!< the new flavor's id

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
