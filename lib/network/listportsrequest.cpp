#include "listportsrequest.h"

#include "networkjson.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListPortsRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Network, HttpMethod::Get, QStringLiteral("ports"));
    addQuery(s, QStringLiteral("limit"), limit);
    addQuery(s, QStringLiteral("marker"), marker);
    addQuery(s, QStringLiteral("network_id"), networkId);
    addQuery(s, QStringLiteral("device_id"), deviceId);
    addQuery(s, QStringLiteral("device_owner"), deviceOwner);
    addQuery(s, QStringLiteral("name"), name);
    addFixedIpFilter(s, QStringLiteral("ip_address"), ipAddress);
    addFixedIpFilter(s, QStringLiteral("subnet_id"), subnetId);
    addQuery(s, QStringLiteral("tags"), tags);
    return s;
}

Result<ListPortsRequest::Response> ListPortsRequest::parse(int, const QByteArray& body)
{
    return parsePage<Port>(body, u"ports", PageLinks::Suffixed);
}

} // namespace zenith
