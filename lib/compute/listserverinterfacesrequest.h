#pragma once

#include "serverinterface.h"

#include "core/requestspec.h"

#include <QList>

namespace zenith {

//! GET /servers/{id}/os-interface: the server's network interfaces (its ports), not paged.
struct ListServerInterfacesRequest
{
    using Response = QList<ServerInterface>;

    QString serverId;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
