#include "listvolumesrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListVolumesRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::BlockStorage, HttpMethod::Get, QStringLiteral("volumes/detail"));
    addQuery(s, QStringLiteral("limit"), limit);
    addQuery(s, QStringLiteral("marker"), marker);
    addQuery(s, QStringLiteral("name"), name);
    addQuery(s, QStringLiteral("status"), status);
    addQuery(s, QStringLiteral("sort"), sort);
    return s;
}

Result<ListVolumesRequest::Response> ListVolumesRequest::parse(int, const QByteArray& body)
{
    // Cinder also links a next page when the last one is exactly full: the page after it is empty.
    return parsePage<Volume>(body, u"volumes", PageLinks::Suffixed);
}

} // namespace zenith
