#include "listserveractionsrequest.h"

#include "serverspec.h"

#include "core/jsonreader.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListServerActionsRequest::spec() const
{
    RequestSpec s =
        makeSpec(ServiceType::Compute, HttpMethod::Get, serverPath(serverId, QStringLiteral("/os-instance-actions")));
    addQuery(s, QStringLiteral("limit"), limit);
    addQuery(s, QStringLiteral("marker"), marker);
    if (limit || marker)
        s.minMicroversion = Microversion{2, 58};
    return s;
}

Result<ListServerActionsRequest::Response> ListServerActionsRequest::parse(int, const QByteArray& body)
{
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    JsonReader r(json.value());
    Page<ServerAction> page;
    page.items = r.list<ServerAction>(u"instanceActions");
    // Unlike servers_links, this call's next link is under a plain "links" key.
    page.nextMarker = nextMarkerFromLinks(r.optionalArray(u"links"));
    if (!r.ok())
        return *r.error();
    return page;
}

} // namespace zenith
