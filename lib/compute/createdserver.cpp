#include "createdserver.h"

#include "core/jsonreader.h"

namespace zenith {

Result<CreatedServer> CreatedServer::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("server"));
    CreatedServer c;
    c.id = r.string(u"id");
    // Left out when [api] enable_instance_password is false.
    c.adminPass = r.optionalString(u"adminPass");
    for (const QJsonValue& g : r.optionalArray(u"security_groups")) {
        const QString name = g.toObject().value(u"name").toString();
        if (name.isEmpty()) {
            r.fail(u"security_groups", QStringLiteral("expected objects with a \"name\""));
            break;
        }
        c.securityGroups.append(name);
    }
    if (!r.ok())
        return *r.error();
    return c;
}

} // namespace zenith
