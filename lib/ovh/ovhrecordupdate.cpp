#include "ovhrecordupdate.h"

namespace zenith {

QJsonObject OvhRecordUpdate::toJson() const
{
    QJsonObject json;
    if (subDomain)
        json.insert(QStringLiteral("subDomain"), *subDomain);
    if (target)
        json.insert(QStringLiteral("target"), *target);
    if (ttl)
        json.insert(QStringLiteral("ttl"), *ttl);
    return json;
}

} // namespace zenith
