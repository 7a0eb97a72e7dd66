#pragma once

#include "zone.h"

#include "core/paging.h"
#include "core/requestspec.h"

namespace zenith {

//! GET /v2/zones: the project's zones, a page at a time (Designate's "links": {"next"}).
struct ListZonesRequest
{
    using Response = Page<Zone>;

    std::optional<int> limit;
    std::optional<QString> marker; //!< a zone id
    std::optional<QString> name;   //!< exact name, with its trailing dot ("*" is a wildcard)
    std::optional<QString> status; //!< ACTIVE, PENDING, ERROR

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
