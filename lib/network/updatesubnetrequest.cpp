#include "updatesubnetrequest.h"

#include "networkjson.h"

#include "core/replyparser.h"

namespace zenith {

RequestSpec UpdateSubnetRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Network, HttpMethod::Put, QStringLiteral("subnets/") + pathSegment(id));
    QJsonObject subnet;
    insertSubnetFields(subnet, *this);
    setJsonBody(s, neutronBody(QStringLiteral("subnet"), subnet));
    return s;
}

Result<UpdateSubnetRequest::Response> UpdateSubnetRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<Subnet>(body, u"subnet");
}

} // namespace zenith
