#include "listfloatingipsrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListFloatingIpsRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Network, HttpMethod::Get, QStringLiteral("floatingips"));
    addQuery(s, QStringLiteral("limit"), limit);
    addQuery(s, QStringLiteral("marker"), marker);
    addQuery(s, QStringLiteral("floating_network_id"), floatingNetworkId);
    addQuery(s, QStringLiteral("port_id"), portId);
    addQuery(s, QStringLiteral("router_id"), routerId);
    addQuery(s, QStringLiteral("floating_ip_address"), floatingIpAddress);
    addQuery(s, QStringLiteral("status"), status);
    return s;
}

Result<ListFloatingIpsRequest::Response> ListFloatingIpsRequest::parse(int, const QByteArray& body)
{
    return parsePage<FloatingIp>(body, u"floatingips", PageLinks::Suffixed);
}

} // namespace zenith
