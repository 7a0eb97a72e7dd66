#pragma once

#include "serversummary.h"

#include "core/paging.h"
#include "core/requestspec.h"

#include <QStringList>

#include <optional>

namespace zenith {

//! GET /servers: the ids and names of the project's servers, newest first, a page at a time. The
//! cheap way to poll for servers reaching a status: for the detail list Nova also asks Neutron for
//! every server's ports and security groups (on the dev cloud, 150 ms of the cloud's CPU for five
//! servers, against 40 ms for this one).
struct ListServerSummariesRequest
{
    using Response = Page<ServerSummary>;

    std::optional<int> limit;
    std::optional<QString> marker; //!< the id of the last server seen
    QStringList statuses;          //!< servers in any of these: ACTIVE, ERROR... (400 for an unknown one)
    QStringList tags;              //!< servers having all these tags (microversion 2.26)

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
