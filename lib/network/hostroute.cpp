#include "hostroute.h"

#include "core/jsonreader.h"

namespace zenith {

Result<HostRoute> HostRoute::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    HostRoute h;
    h.destination = r.string(u"destination");
    h.nexthop = r.string(u"nexthop");
    if (!r.ok())
        return *r.error();
    return h;
}

QJsonObject HostRoute::toJson() const
{
    return QJsonObject{{QStringLiteral("destination"), destination}, {QStringLiteral("nexthop"), nexthop}};
}

} // namespace zenith
