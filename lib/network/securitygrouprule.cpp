#include "securitygrouprule.h"

#include "networkjson.h"

namespace zenith {

Result<SecurityGroupRule> SecurityGroupRule::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("security_group_rule"));
    SecurityGroupRule s;
    s.id = r.string(u"id");
    s.securityGroupId = r.string(u"security_group_id");
    s.direction = r.string(u"direction");
    s.ethertype = r.string(u"ethertype");
    s.protocol = neutronNullableString(r, u"protocol");
    s.portRangeMin = neutronNullableInt(r, u"port_range_min");
    s.portRangeMax = neutronNullableInt(r, u"port_range_max");
    s.remoteIpPrefix = neutronNullableString(r, u"remote_ip_prefix");
    s.remoteGroupId = neutronNullableString(r, u"remote_group_id");
    s.description = r.optionalString(u"description"); // null in the default group's rules, "" in others
    s.projectId = r.optionalString(u"project_id");
    s.createdAt = r.optionalDateTime(u"created_at");
    if (!r.ok())
        return *r.error();
    return s;
}

} // namespace zenith
