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
        f.vcpus = r.int32(u"vcpus");
        f.ram = r.int32(u"ram");
        f.disk = r.int32(u"disk");
        f.ephemeral = r.optionalInt32(u"ephemeral").value_or(0);
        f.swap = r.optionalInt32(u"swap").value_or(0);
        // Shown only when the flavor-extra-specs policy allows it.
        f.extraSpecs = r.optionalStringMap(u"extra_specs");
    }
    if (!r.ok())
        return *r.error();
    return f;
}

} // namespace zenith
