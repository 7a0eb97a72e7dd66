#include "updatefloatingiprequest.h"

#include "networkjson.h"

#include "core/replyparser.h"

namespace zenith {

RequestSpec UpdateFloatingIpRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Network, HttpMethod::Put, QStringLiteral("floatingips/") + pathSegment(id));
    QJsonObject floatingip;
    insertIfSet(floatingip, QStringLiteral("port_id"), portId);
    insertIfSet(floatingip, QStringLiteral("fixed_ip_address"), fixedIpAddress);
    insertIfSet(floatingip, QStringLiteral("description"), description);
    setJsonBody(s, neutronBody(QStringLiteral("floatingip"), floatingip));
    return s;
}

Result<UpdateFloatingIpRequest::Response> UpdateFloatingIpRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<FloatingIp>(body, u"floatingip");
}

} // namespace zenith
