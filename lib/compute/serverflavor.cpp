#include "serverflavor.h"

#include "serverspec.h"

#include "core/jsonreader.h"

namespace zenith {

Result<ServerFlavor> ServerFlavor::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("flavor"));
    ServerFlavor f;
    // Nova answers {} when the instance's flavor has gone from its database (it logs a warning).
    if (json.isEmpty())
        return f;
    if (r.has(u"id")) {
        f.id = r.string(u"id");
    } else {
        f.embedded = true;
        f.originalName = r.string(u"original_name");
        f.vcpus = static_cast<int>(r.integer(u"vcpus"));
        f.ram = static_cast<int>(r.integer(u"ram"));
        f.disk = static_cast<int>(r.integer(u"disk"));
        f.ephemeral = static_cast<int>(r.optionalInteger(u"ephemeral").value_or(0));
        f.swap = static_cast<int>(r.optionalInteger(u"swap").value_or(0));
        // Shown only when the flavor-extra-specs policy allows it.
        f.extraSpecs = r.optionalStringMap(u"extra_specs");
    }
    if (!r.ok())
        return *r.error();
    return f;
}

} // namespace zenith
