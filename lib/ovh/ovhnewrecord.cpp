#include "ovhnewrecord.h"

namespace zenith {

QJsonObject OvhNewRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("fieldType"), fieldType},
                     {QStringLiteral("subDomain"), subDomain},
                     {QStringLiteral("target"), target}};
    if (ttl)
        json.insert(QStringLiteral("ttl"), *ttl);
    return json;
}

} // namespace zenith
