#include "serverinterface.h"

#include "core/jsonreader.h"

namespace zenith {

Result<ServerInterface> ServerInterface::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("interfaceAttachment"));
    ServerInterface i;
    i.portId = r.string(u"port_id");
    i.networkId = r.string(u"net_id");
    i.macAddr = r.string(u"mac_addr");
    i.portState = r.string(u"port_state");
    // Nova copies Neutron's port, whose fixed_ips may be missing: null then.
    i.fixedIps = r.optionalList<PortFixedIp>(u"fixed_ips");
    i.tag = r.optionalString(u"tag");
    if (!r.ok())
        return *r.error();
    return i;
}

} // namespace zenith
