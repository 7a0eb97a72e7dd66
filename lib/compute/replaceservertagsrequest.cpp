#include "replaceservertagsrequest.h"

#include "serverspec.h"

#include "core/jsonreader.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ReplaceServerTagsRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Compute, HttpMethod::Put, serverPath(id, QStringLiteral("/tags")));
    setJsonBody(s, QJsonObject{{QStringLiteral("tags"), toJsonArray(tags)}});
    s.minMicroversion = Microversion{2, 26};
    return s;
}

Result<ReplaceServerTagsRequest::Response> ReplaceServerTagsRequest::parse(int, const QByteArray& body)
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
