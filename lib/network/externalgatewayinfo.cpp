#include "externalgatewayinfo.h"

#include "networkjson.h"

namespace zenith {

Result<ExternalGatewayInfo> ExternalGatewayInfo::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    ExternalGatewayInfo g;
    g.networkId = r.string(u"network_id");
    g.enableSnat = r.optionalBoolean(u"enable_snat");
    g.externalFixedIps = r.optionalList<PortFixedIp>(u"external_fixed_ips");
    if (!r.ok())
        return *r.error();
    return g;
}

QJsonObject ExternalGatewayInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("network_id"), networkId}};
    insertIfSet(o, QStringLiteral("enable_snat"), enableSnat);
    if (!externalFixedIps.isEmpty())
        o.insert(QStringLiteral("external_fixed_ips"), neutronArray(externalFixedIps));
    return o;
}

} // namespace zenith
