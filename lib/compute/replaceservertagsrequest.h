#pragma once

#include "core/requestspec.h"

#include <QStringList>

namespace zenith {

//! PUT /servers/{id}/tags {"tags": [...]} (microversion 2.26): replaces every tag of a server
//! (an empty list removes them all); the answer is the new set, in Nova's order.
//! Tags may not contain "/" or ","; at most 50 per server. Allowed on a locked server.
struct ReplaceServerTagsRequest
{
    using Response = QStringList;

    QString id; //!< the server
    QStringList tags;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
