#include "getnetworkquotarequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec GetNetworkQuotaRequest::spec() const
{
    // The API reference's spelling, ".json" included; Neutron also answers without the suffix.
    return makeSpec(ServiceType::Network, HttpMethod::Get,
                    QStringLiteral("quotas/") + pathSegment(projectId) + QStringLiteral("/details.json"));
}

Result<GetNetworkQuotaRequest::Response> GetNetworkQuotaRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<NetworkQuota>(body, u"quota");
}

} // namespace zenith
