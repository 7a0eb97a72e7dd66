#pragma once

#include "server.h"

#include "core/paging.h"
#include "core/requestspec.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace zenith {

//! GET /servers/detail: the project's servers with their details, newest first, a page at a time.
//! Nova adds a next link to every full page, so the last full page is followed by an empty one.
struct ListServersRequest
{
    using Response = Page<Server>;

    std::optional<int> limit;
    std::optional<QString> marker; //!< the id of the last server seen
    std::optional<QString> name;   //!< a regular expression: "web" also finds "my-web-2"
    std::optional<QString> status; //!< ACTIVE, SHUTOFF, ERROR... (400 for an unknown one)
    std::optional<QString> ip;     //!< a regular expression on fixed IPv4 addresses
    std::optional<QString> image;  //!< image id
    std::optional<QString> flavor; //!< flavor id
    QStringList tags;              //!< servers having all these tags (microversion 2.26)
    //! Servers changed since then, deleted ones included (status DELETED): for cheap polling.
    std::optional<QDateTime> changesSince;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
