#include "allowedaddresspair.h"

#include "core/jsonreader.h"

namespace zenith {

Result<AllowedAddressPair> AllowedAddressPair::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    AllowedAddressPair p;
    p.ipAddress = r.string(u"ip_address");
    p.macAddress = r.string(u"mac_address");
    if (!r.ok())
        return *r.error();
    return p;
}

QJsonObject AllowedAddressPair::toJson() const
{
    QJsonObject o{{QStringLiteral("ip_address"), ipAddress}};
    if (!macAddress.isEmpty())
        o.insert(QStringLiteral("mac_address"), macAddress);
    return o;
}

} // namespace zenith
