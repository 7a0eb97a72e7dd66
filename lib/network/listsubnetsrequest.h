#pragma once

#include "subnet.h"

#include "core/paging.h"
#include "core/requestspec.h"

namespace zenith {

//! GET /v2.0/subnets: the subnets the project can see, a page at a time.
struct ListSubnetsRequest
{
    using Response = Page<Subnet>;

    std::optional<int> limit;
    std::optional<QString> marker;
    std::optional<QString> networkId;
    std::optional<QString> name;
    std::optional<QString> cidr;
    std::optional<int> ipVersion;
    std::optional<QString> tags; //!< resources carrying all these tags (comma-separated)

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
