#include "updatenetworkrequest.h"

#include "networkjson.h"

#include "core/replyparser.h"

namespace zenith {

RequestSpec UpdateNetworkRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Network, HttpMethod::Put, QStringLiteral("networks/") + pathSegment(id));
    QJsonObject network;
    insertNetworkFields(network, *this);
    setJsonBody(s, neutronBody(QStringLiteral("network"), network));
    return s;
}

Result<UpdateNetworkRequest::Response> UpdateNetworkRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<Network>(body, u"network");
}

} // namespace zenith
