#pragma once

#include "core/requestspec.h"

#include <QString>

#include <optional>

namespace zenith {

//! POST /servers/{id}/action {"os-getConsoleOutput": {"length": n}}: the last lines of the
//! server's console log (its boot messages, cloud-init's output).
struct GetServerConsoleOutputRequest
{
    using Response = QString;

    QString id;                //!< the server
    std::optional<int> length; //!< the number of lines from the end; all of them when unset (or -1)

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
