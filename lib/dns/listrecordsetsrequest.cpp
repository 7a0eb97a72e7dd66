#include "listrecordsetsrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListRecordSetsRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Dns, HttpMethod::Get,
                             QStringLiteral("zones/") + pathSegment(zoneId) + QStringLiteral("/recordsets"));
    addQuery(s, QStringLiteral("limit"), limit);
    addQuery(s, QStringLiteral("marker"), marker);
    addQuery(s, QStringLiteral("name"), name);
    addQuery(s, QStringLiteral("type"), type);
    addQuery(s, QStringLiteral("data"), data);
    return s;
}

Result<ListRecordSetsRequest::Response> ListRecordSetsRequest::parse(int, const QByteArray& body)
{
    return parsePage<RecordSet>(body, u"recordsets", PageLinks::LinksObject);
}

} // namespace zenith
