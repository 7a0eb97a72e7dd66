#include "listserversummariesrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"
#include "servertagsfilter.h"

namespace zenith {

RequestSpec ListServerSummariesRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Compute, HttpMethod::Get, QStringLiteral("servers"));
    addQuery(s, QStringLiteral("limit"), limit);
    addQuery(s, QStringLiteral("marker"), marker);
    addQuery(s, QStringLiteral("status"), statuses); // Nova reads every "status" key of the query
    addServerTagsFilter(s, tags);
    return s;
}

Result<ListServerSummariesRequest::Response> ListServerSummariesRequest::parse(int, const QByteArray& body)
{
    return parsePage<ServerSummary>(body, u"servers", PageLinks::Suffixed);
}

} // namespace zenith
