#include "ovhzone.h"

#include "core/jsonreader.h"

namespace zenith {

Result<OvhZone> OvhZone::fromJson(const QJsonObject& json, const QString& requestedName)
{
    JsonReader r(json, QStringLiteral("zone"));
    OvhZone zone;
    zone.name = r.optionalString(u"name");
    if (zone.name.isEmpty())
        zone.name = requestedName;
    zone.nameServers = r.stringList(u"nameServers");
    zone.lastUpdate = r.optionalDateTime(u"lastUpdate");
    zone.dnssecSupported = r.optionalBoolean(u"dnssecSupported").value_or(false);
    zone.hasDnsAnycast = r.optionalBoolean(u"hasDnsAnycast").value_or(false);
    if (!r.ok())
        return *r.error();
    return zone;
}

} // namespace zenith
