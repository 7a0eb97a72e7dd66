#include "listserversummariesrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListServerSummariesRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Compute, HttpMethod::Get, QStringLiteral("servers"));
    addQuery(s, QStringLiteral("limit"), limit);
    addQuery(s, QStringLiteral("marker"), marker);
    addQuery(s, QStringLiteral("status"), statuses); // Nova reads every "status" key of the query
    if (!tags.isEmpty()) {
        s.query.addQueryItem(QStringLiteral("tags"), tags.join(u','));
        s.minMicroversion = Microversion{2, 26};
    }
    return s;
}

Result<ListServerSummariesRequest::Response> ListServerSummariesRequest::parse(int, const QByteArray& body)
{
    return parsePage<ServerSummary>(body, u"servers", PageLinks::Suffixed);
}

} // namespace zenith
