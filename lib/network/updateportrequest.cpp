#include "updateportrequest.h"

#include "networkjson.h"

#include "core/replyparser.h"

namespace zenith {

RequestSpec UpdatePortRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Network, HttpMethod::Put, QStringLiteral("ports/") + pathSegment(id));
    QJsonObject port;
    insertPortFields(port, *this);
    setJsonBody(s, neutronBody(QStringLiteral("port"), port));
    return s;
}

Result<UpdatePortRequest::Response> UpdatePortRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<Port>(body, u"port");
}

} // namespace zenith
