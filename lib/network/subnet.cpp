#include "subnet.h"

#include "networkjson.h"

namespace zenith {

Result<Subnet> Subnet::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("subnet"));
    Subnet s;
    s.id = r.string(u"id");
    s.name = r.optionalString(u"name");
    s.networkId = r.string(u"network_id");
    s.cidr = r.string(u"cidr");
    s.ipVersion = r.int32(u"ip_version");
    s.gatewayIp = neutronNullableString(r, u"gateway_ip");
    s.allocationPools = r.list<AllocationPool>(u"allocation_pools");
    s.dnsNameservers = r.stringList(u"dns_nameservers");
    s.hostRoutes = r.list<HostRoute>(u"host_routes");
    s.enableDhcp = r.boolean(u"enable_dhcp");
    s.ipv6RaMode = neutronNullableString(r, u"ipv6_ra_mode");
    s.ipv6AddressMode = neutronNullableString(r, u"ipv6_address_mode");
    s.subnetpoolId = neutronNullableString(r, u"subnetpool_id");
    s.tags = r.optionalStringList(u"tags");
    s.projectId = r.optionalString(u"project_id");
    s.description = r.optionalString(u"description");
    s.createdAt = r.optionalDateTime(u"created_at");
    s.updatedAt = r.optionalDateTime(u"updated_at");
    if (!r.ok())
        return *r.error();
    return s;
}

} // namespace zenith
