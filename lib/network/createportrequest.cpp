#include "createportrequest.h"

#include "networkjson.h"

#include "core/replyparser.h"

namespace zenith {

RequestSpec CreatePortRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Network, HttpMethod::Post, QStringLiteral("ports"));
    QJsonObject port;
    port.insert(QStringLiteral("network_id"), networkId);
    insertPortFields(port, *this);
    setJsonBody(s, neutronBody(QStringLiteral("port"), port));
    return s;
}

Result<CreatePortRequest::Response> CreatePortRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<Port>(body, u"port");
}

} // namespace zenith
