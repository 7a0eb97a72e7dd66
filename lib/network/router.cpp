#include "router.h"

#include "core/jsonreader.h"

namespace zenith {

Result<Router> Router::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("router"));
    Router router;
    router.id = r.string(u"id");
    router.name = r.optionalString(u"name");
    router.status = r.string(u"status");
    router.adminStateUp = r.boolean(u"admin_state_up");
    if (!r.isNull(u"external_gateway_info")) {
        auto gateway = ExternalGatewayInfo::fromJson(r.object(u"external_gateway_info"));
        if (gateway)
            router.externalGateway = gateway.value();
        else
            r.fail(u"external_gateway_info", gateway.error().message);
    }
    router.routes = r.optionalList<HostRoute>(u"routes");
    router.description = r.optionalString(u"description");
    router.tags = r.optionalStringList(u"tags");
    router.projectId = r.optionalString(u"project_id");
    router.availabilityZones = r.optionalStringList(u"availability_zones");
    router.createdAt = r.optionalDateTime(u"created_at");
    router.updatedAt = r.optionalDateTime(u"updated_at");
    if (!r.ok())
        return *r.error();
    return router;
}

} // namespace zenith
