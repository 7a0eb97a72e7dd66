#pragma once

#include "demorequest.h"

#include <functional>
#include <optional>

namespace zenith::demo {

using DemoHandler = std::function<DemoReply(DemoRequest&)>;

//! The demo cloud's routes: (service, method, path pattern) -> handler. Patterns are path
//! segments after the service prefix, "{name}" for a placeholder: "v2.1/servers/{server_id}".
class DemoRouter
{
public:
    enum class Access { Token, Public };

    void add(const QString& service, const QByteArray& method, const QString& pattern, DemoHandler handler,
             Access access = Access::Token);

    struct Match
    {
        const DemoHandler* handler = nullptr;
        Access access = Access::Token;
    };
    //! The route for the request, its placeholders stored in request.params; nullopt when no
    //! route has this path; a Match without handler when the path exists for other methods (405).
    std::optional<Match> match(DemoRequest& request) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        DemoHandler handler;
        Access access;
    };
    QHash<QString, QList<Route>> m_routes; // by service
};

} // namespace zenith::demo
