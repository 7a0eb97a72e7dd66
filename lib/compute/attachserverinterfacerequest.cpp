#include "attachserverinterfacerequest.h"

#include "serverspec.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec AttachServerInterfaceRequest::spec() const
{
    RequestSpec s =
        makeSpec(ServiceType::Compute, HttpMethod::Post, serverPath(serverId, QStringLiteral("/os-interface")));
    QJsonObject attachment;
    insertIfSet(attachment, QStringLiteral("net_id"), networkId);
    insertIfSet(attachment, QStringLiteral("port_id"), portId);
    if (!fixedIps.isEmpty()) {
        QJsonArray ips;
        for (const PortFixedIp& ip : fixedIps)
            ips.append(ip.toJson());
        attachment.insert(QStringLiteral("fixed_ips"), ips);
    }
    setJsonBody(s, QJsonObject{{QStringLiteral("interfaceAttachment"), attachment}});
    return s;
}

Result<AttachServerInterfaceRequest::Response> AttachServerInterfaceRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<ServerInterface>(body, u"interfaceAttachment");
}

} // namespace zenith
