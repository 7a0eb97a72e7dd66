#pragma once

#include "core/requestspec.h"

namespace zenith {

//! `R` sent for a resource that may be gone by now (being deleted, or watched until it is): its 404
//! is then an answer, and Session does not report it as a failed request (the status bar's last error).
template <ApiRequest R> struct MayBeGone
{
    using Response = typename R::Response;

    R request;

    RequestSpec spec() const
    {
        RequestSpec spec = request.spec();
        spec.notFoundIsAnswer = true;
        return spec;
    }
    static Result<Response> parse(int status, const QByteArray& body) { return R::parse(status, body); }
};

} // namespace zenith
