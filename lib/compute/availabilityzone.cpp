#include "availabilityzone.h"

#include "core/jsonreader.h"

namespace zenith {

Result<AvailabilityZone> AvailabilityZone::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("availabilityZoneInfo"));
    AvailabilityZone z;
    z.name = r.string(u"zoneName");
    z.available = r.child(u"zoneState").boolean(u"available");
    // The detail view (admins) maps each host to its services; only the names matter here.
    z.hosts = r.optionalObject(u"hosts").keys();
    if (!r.ok())
        return *r.error();
    return z;
}

} // namespace zenith
