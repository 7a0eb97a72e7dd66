#include "serversummary.h"

#include "core/jsonreader.h"

namespace zenith {

Result<ServerSummary> ServerSummary::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("servers"));
    ServerSummary s;
    s.id = r.string(u"id");
    s.name = r.string(u"name");
    if (!r.ok())
        return *r.error();
    return s;
}

} // namespace zenith
