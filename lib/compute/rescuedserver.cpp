#include "rescuedserver.h"

#include "core/jsonreader.h"

namespace zenith {

Result<RescuedServer> RescuedServer::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    RescuedServer s;
    // {} when [api] enable_instance_password is false.
    s.adminPass = r.optionalString(u"adminPass");
    if (!r.ok())
        return *r.error();
    return s;
}

} // namespace zenith
