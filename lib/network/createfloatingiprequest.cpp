#include "createfloatingiprequest.h"

#include "networkjson.h"

#include "core/replyparser.h"

namespace zenith {

RequestSpec CreateFloatingIpRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Network, HttpMethod::Post, QStringLiteral("floatingips"));
    QJsonObject floatingip;
    floatingip.insert(QStringLiteral("floating_network_id"), floatingNetworkId);
    insertIfSet(floatingip, QStringLiteral("port_id"), portId);
    insertIfSet(floatingip, QStringLiteral("fixed_ip_address"), fixedIpAddress);
    insertIfSet(floatingip, QStringLiteral("floating_ip_address"), floatingIpAddress);
    insertIfSet(floatingip, QStringLiteral("subnet_id"), subnetId);
    insertIfSet(floatingip, QStringLiteral("description"), description);
    setJsonBody(s, neutronBody(QStringLiteral("floatingip"), floatingip));
    return s;
}

Result<CreateFloatingIpRequest::Response> CreateFloatingIpRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<FloatingIp>(body, u"floatingip");
}

} // namespace zenith
