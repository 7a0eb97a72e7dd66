#include "createnetworkrequest.h"

#include "networkjson.h"

#include "core/replyparser.h"

namespace zenith {

RequestSpec CreateNetworkRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Network, HttpMethod::Post, QStringLiteral("networks"));
    QJsonObject network;
    insertNetworkFields(network, *this);
    setJsonBody(s, neutronBody(QStringLiteral("network"), network));
    return s;
}

Result<CreateNetworkRequest::Response> CreateNetworkRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<Network>(body, u"network");
}

} // namespace zenith
