#include "ovhrecord.h"

#include "core/jsonreader.h"

namespace zenith {

Result<OvhRecord> OvhRecord::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("record"));
    OvhRecord record;
    record.id = r.integer(u"id");
    record.zone = r.string(u"zone");
    // The apex is "" in OVHcloud's answers; some older records carry null there.
    record.subDomain = r.optionalString(u"subDomain");
    record.fieldType = r.string(u"fieldType");
    record.target = r.string(u"target");
    // ttl is nullable in the API's schema: null is the zone's default, like 0.
    record.ttl = r.optionalInt32(u"ttl").value_or(0);
    if (!r.ok())
        return *r.error();
    return record;
}

} // namespace zenith
