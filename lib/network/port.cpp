#include "port.h"

#include "core/jsonreader.h"

namespace zenith {

Result<Port> Port::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("port"));
    Port p;
    p.id = r.string(u"id");
    p.name = r.optionalString(u"name");
    p.networkId = r.string(u"network_id");
    p.fixedIps = r.list<PortFixedIp>(u"fixed_ips");
    p.macAddress = r.string(u"mac_address");
    p.status = r.string(u"status");
    p.deviceId = r.optionalString(u"device_id");
    p.deviceOwner = r.optionalString(u"device_owner");
    p.securityGroups = r.optionalStringList(u"security_groups");
    p.portSecurityEnabled = r.optionalBoolean(u"port_security_enabled");
    p.allowedAddressPairs = r.optionalList<AllowedAddressPair>(u"allowed_address_pairs");
    p.adminStateUp = r.boolean(u"admin_state_up");
    p.tags = r.optionalStringList(u"tags");
    p.projectId = r.optionalString(u"project_id");
    p.description = r.optionalString(u"description");
    p.vnicType = r.optionalString(u"binding:vnic_type");
    p.bindingHostId = r.optionalString(u"binding:host_id");
    p.bindingVifType = r.optionalString(u"binding:vif_type");
    p.createdAt = r.optionalDateTime(u"created_at");
    p.updatedAt = r.optionalDateTime(u"updated_at");
    if (!r.ok())
        return *r.error();
    return p;
}

} // namespace zenith
