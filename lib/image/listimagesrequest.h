#pragma once

#include "image.h"

#include "core/paging.h"
#include "core/requestspec.h"

namespace zenith {

//! GET /v2/images: images the project can use, newest first, a page at a time.
struct ListImagesRequest
{
    using Response = Page<Image>;

    std::optional<int> limit;
    std::optional<QString> marker;
    std::optional<QString> name;       //!< exact name
    std::optional<QString> status;     //!< e.g. "active"
    std::optional<QString> visibility; //!< public, private, shared, community, all

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
