#include "routerinterface.h"

#include "core/jsonreader.h"

namespace zenith {

Result<RouterInterface> RouterInterface::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("router_interface"));
    RouterInterface i;
    i.routerId = r.string(u"id");
    i.portId = r.string(u"port_id");
    i.networkId = r.string(u"network_id");
    i.subnetId = r.string(u"subnet_id");
    i.subnetIds = r.stringList(u"subnet_ids");
    i.projectId = r.optionalString(u"project_id");
    if (i.projectId.isEmpty())
        i.projectId = r.optionalString(u"tenant_id"); // this reply has no project_id in Zed
    if (!r.ok())
        return *r.error();
    return i;
}

} // namespace zenith
