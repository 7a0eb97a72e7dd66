#pragma once

#include "core/replyparser.h"
#include "core/requestspec.h"

namespace zenith {

//! DELETE /v2/images/{id}: deletes an image the project owns, a server snapshot say (204).
//! 403 for another project's image ("You do not own this image") or a protected one; 404 when unknown.
struct DeleteImageRequest
{
    using Response = NoContent;

    QString id;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
