#include "network.h"

#include "networkjson.h"

namespace zenith {

Result<Network> Network::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("network"));
    Network n;
    n.id = r.string(u"id");
    n.name = r.optionalString(u"name"); // Neutron allows nameless networks ("")
    n.status = r.string(u"status");
    n.adminStateUp = r.boolean(u"admin_state_up");
    n.shared = r.boolean(u"shared");
    n.routerExternal = r.boolean(u"router:external");
    n.subnets = r.stringList(u"subnets");
    n.mtu = neutronNullableInt(r, u"mtu");
    n.portSecurityEnabled = r.optionalBoolean(u"port_security_enabled");
    n.isDefault = r.optionalBoolean(u"is_default");
    n.tags = r.optionalStringList(u"tags");
    n.projectId = r.optionalString(u"project_id");
    n.description = r.optionalString(u"description");
    n.availabilityZones = r.optionalStringList(u"availability_zones");
    n.createdAt = r.optionalDateTime(u"created_at");
    n.updatedAt = r.optionalDateTime(u"updated_at");
    if (!r.ok())
        return *r.error();
    return n;
}

} // namespace zenith
