#include "remoteconsole.h"

#include "core/jsonreader.h"

namespace zenith {

Result<RemoteConsole> RemoteConsole::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("remote_console"));
    RemoteConsole c;
    c.protocol = r.string(u"protocol");
    c.type = r.string(u"type");
    c.url = r.string(u"url");
    if (!r.ok())
        return *r.error();
    return c;
}

} // namespace zenith
