#include "createserverremoteconsolerequest.h"

#include "serverspec.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec CreateServerRemoteConsoleRequest::spec() const
{
    RequestSpec s =
        makeSpec(ServiceType::Compute, HttpMethod::Post, serverPath(id, QStringLiteral("/remote-consoles")));
    const QJsonObject console{{QStringLiteral("protocol"), protocol}, {QStringLiteral("type"), type}};
    setJsonBody(s, QJsonObject{{QStringLiteral("remote_console"), console}});
    s.minMicroversion = Microversion{2, 6};
    return s;
}

Result<CreateServerRemoteConsoleRequest::Response> CreateServerRemoteConsoleRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<RemoteConsole>(body, u"remote_console");
}

} // namespace zenith
