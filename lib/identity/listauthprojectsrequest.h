#pragma once

#include "project.h"

#include "core/requestspec.h"

#include <QList>

namespace zenith {

//! GET /v3/auth/projects: the projects the token's user may scope to (the project switcher).
struct ListAuthProjectsRequest
{
    using Response = QList<Project>;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
