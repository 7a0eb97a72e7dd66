#include "liststacksrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListStacksRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Orchestration, HttpMethod::Get, QStringLiteral("stacks"));
    addQuery(s, QStringLiteral("name"), name);
    addQuery(s, QStringLiteral("tags"), tags);
    addQuery(s, QStringLiteral("marker"), marker);
    addQuery(s, QStringLiteral("limit"), limit);
    return s;
}

Result<ListStacksRequest::Response> ListStacksRequest::parse(int, const QByteArray& body)
{
    auto page = parsePage<Stack>(body, u"stacks", PageLinks::None);
    if (!page)
        return page;
    // Heat adds a top-level "links" array, with rel "next", only when a limit cut the list short.
    auto json = parseJsonObject(body);
    if (json)
        page->nextMarker = nextMarkerFromLinks(json->value(QStringLiteral("links")).toArray());
    return page;
}

} // namespace zenith
