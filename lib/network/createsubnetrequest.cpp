#include "createsubnetrequest.h"

#include "networkjson.h"

#include "core/replyparser.h"

namespace zenith {

RequestSpec CreateSubnetRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Network, HttpMethod::Post, QStringLiteral("subnets"));
    QJsonObject subnet;
    subnet.insert(QStringLiteral("network_id"), networkId);
    subnet.insert(QStringLiteral("cidr"), cidr);
    subnet.insert(QStringLiteral("ip_version"), ipVersion);
    insertSubnetFields(subnet, *this);
    insertIfSet(subnet, QStringLiteral("ipv6_ra_mode"), ipv6RaMode);
    insertIfSet(subnet, QStringLiteral("ipv6_address_mode"), ipv6AddressMode);
    setJsonBody(s, neutronBody(QStringLiteral("subnet"), subnet));
    return s;
}

Result<CreateSubnetRequest::Response> CreateSubnetRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<Subnet>(body, u"subnet");
}

} // namespace zenith
