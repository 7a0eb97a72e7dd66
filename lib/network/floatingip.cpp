#include "floatingip.h"

#include "networkjson.h"

namespace zenith {

Result<FloatingIp> FloatingIp::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("floatingip"));
    FloatingIp f;
    f.id = r.string(u"id");
    f.floatingIpAddress = r.string(u"floating_ip_address");
    f.floatingNetworkId = r.string(u"floating_network_id");
    f.portId = neutronNullableString(r, u"port_id");
    f.fixedIpAddress = neutronNullableString(r, u"fixed_ip_address");
    f.routerId = neutronNullableString(r, u"router_id");
    f.status = r.string(u"status");
    f.description = r.optionalString(u"description");
    f.tags = r.optionalStringList(u"tags");
    f.projectId = r.optionalString(u"project_id");
    f.dnsName = neutronNullableString(r, u"dns_name");
    f.createdAt = r.optionalDateTime(u"created_at");
    f.updatedAt = r.optionalDateTime(u"updated_at");
    if (!r.ok())
        return *r.error();
    return f;
}

} // namespace zenith
