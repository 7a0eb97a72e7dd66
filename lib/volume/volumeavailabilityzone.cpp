#include "volumeavailabilityzone.h"

#include "core/jsonreader.h"

namespace zenith {

Result<VolumeAvailabilityZone> VolumeAvailabilityZone::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("availability_zone"));
    VolumeAvailabilityZone z;
    z.zoneName = r.string(u"zoneName");
    z.available = r.child(u"zoneState").boolean(u"available");
    if (!r.ok())
        return *r.error();
    return z;
}

} // namespace zenith
