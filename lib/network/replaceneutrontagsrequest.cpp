#include "replaceneutrontagsrequest.h"

#include "core/jsonreader.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ReplaceNeutronTagsRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Network, HttpMethod::Put,
                             pathSegment(collection) + u'/' + pathSegment(id) + QStringLiteral("/tags"));
    setJsonBody(s, QJsonObject{{QStringLiteral("tags"), toJsonArray(tags)}});
    return s;
}

Result<ReplaceNeutronTagsRequest::Response> ReplaceNeutronTagsRequest::parse(int, const QByteArray& body)
{
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    JsonReader r(json.value());
    const QStringList tags = r.stringList(u"tags");
    if (!r.ok())
        return *r.error();
    return tags;
}

} // namespace zenith
