#include "portfixedip.h"

#include "core/jsonreader.h"

namespace zenith {

Result<PortFixedIp> PortFixedIp::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    PortFixedIp f;
    f.subnetId = r.string(u"subnet_id");
    f.ipAddress = r.string(u"ip_address");
    if (!r.ok())
        return *r.error();
    return f;
}

QJsonObject PortFixedIp::toJson() const
{
    QJsonObject o;
    if (!subnetId.isEmpty())
        o.insert(QStringLiteral("subnet_id"), subnetId);
    if (!ipAddress.isEmpty())
        o.insert(QStringLiteral("ip_address"), ipAddress);
    return o;
}

} // namespace zenith
