#include "createservergrouprequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec CreateServerGroupRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Compute, HttpMethod::Post, QStringLiteral("os-server-groups"));
    QJsonObject group{{QStringLiteral("name"), name}, {QStringLiteral("policy"), policy}};
    if (maxServerPerHost)
        group.insert(QStringLiteral("rules"), QJsonObject{{QStringLiteral("max_server_per_host"), *maxServerPerHost}});
    setJsonBody(s, QJsonObject{{QStringLiteral("server_group"), group}});
    // From 2.64 on Nova rejects "policies" and requires "policy"; below, the reverse.
    s.minMicroversion = Microversion{2, 64};
    return s;
}

Result<CreateServerGroupRequest::Response> CreateServerGroupRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<ServerGroup>(body, u"server_group");
}

} // namespace zenith
