#include "liststackeventsrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListStackEventsRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Orchestration, HttpMethod::Get,
                             QStringLiteral("stacks/") + pathSegment(stackName) + u'/' + pathSegment(stackId) +
                                 QStringLiteral("/events"));
    addQuery(s, QStringLiteral("sort_dir"), sortDir);
    addQuery(s, QStringLiteral("marker"), marker);
    addQuery(s, QStringLiteral("limit"), limit);
    return s;
}

Result<ListStackEventsRequest::Response> ListStackEventsRequest::parse(int, const QByteArray& body)
{
    return parsePage<StackEvent>(body, u"events", PageLinks::None);
}

std::optional<QString> ListStackEventsRequest::nextMarker(const Response& page, std::optional<int> limit)
{
    if (!limit || page.items.isEmpty() || page.items.size() < *limit)
        return std::nullopt;
    return page.items.constLast().id;
}

} // namespace zenith
