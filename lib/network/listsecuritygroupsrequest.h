#pragma once

#include "securitygroup.h"

#include "core/paging.h"
#include "core/requestspec.h"

namespace zenith {

//! GET /v2.0/security-groups: the project's security groups with their rules, a page at a time.
struct ListSecurityGroupsRequest
{
    using Response = Page<SecurityGroup>;

    std::optional<int> limit;
    std::optional<QString> marker;
    std::optional<QString> name;
    std::optional<QString> projectId;
    std::optional<QString> tags; //!< resources carrying all these tags (comma-separated)

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
