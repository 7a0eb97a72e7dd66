#include "listsubnetsrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListSubnetsRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Network, HttpMethod::Get, QStringLiteral("subnets"));
    addQuery(s, QStringLiteral("limit"), limit);
    addQuery(s, QStringLiteral("marker"), marker);
    addQuery(s, QStringLiteral("network_id"), networkId);
    addQuery(s, QStringLiteral("name"), name);
    addQuery(s, QStringLiteral("cidr"), cidr);
    addQuery(s, QStringLiteral("ip_version"), ipVersion);
    addQuery(s, QStringLiteral("tags"), tags);
    return s;
}

Result<ListSubnetsRequest::Response> ListSubnetsRequest::parse(int, const QByteArray& body)
{
    return parsePage<Subnet>(body, u"subnets", PageLinks::Suffixed);
}

} // namespace zenith
