#include "servernic.h"

namespace zenith {

ServerNic ServerNic::network(const QString& networkId, const QString& fixedIp)
{
    ServerNic n;
    n.networkId = networkId;
    n.fixedIp = fixedIp;
    return n;
}

ServerNic ServerNic::port(const QString& portId)
{
    ServerNic n;
    n.portId = portId;
    return n;
}

QJsonObject ServerNic::toJson() const
{
    QJsonObject o;
    if (!networkId.isEmpty())
        o.insert(QStringLiteral("uuid"), networkId);
    if (!fixedIp.isEmpty())
        o.insert(QStringLiteral("fixed_ip"), fixedIp);
    if (!portId.isEmpty())
        o.insert(QStringLiteral("port"), portId);
    return o;
}

} // namespace zenith
