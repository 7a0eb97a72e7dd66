#include "flavor.h"

#include "core/jsonreader.h"

namespace zenith {

namespace {

// Before 2.75 Nova writes "swap": "" for a flavor without swap, a number otherwise.
int readSwap(const QJsonObject& json, JsonReader& r)
{
    const QJsonValue swap = json.value(u"swap");
    if (swap.isString() && swap.toString().isEmpty())
        return 0;
    return r.int32(u"swap");
}

} // namespace

Result<Flavor> Flavor::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("flavor"));
    Flavor f;
    f.id = r.string(u"id");
    f.name = r.string(u"name");
    f.vcpus = r.int32(u"vcpus");
    f.ram = r.int32(u"ram");
    f.disk = r.int32(u"disk");
    f.ephemeral = r.int32(u"OS-FLV-EXT-DATA:ephemeral");
    f.swap = readSwap(json, r);
    f.isPublic = r.boolean(u"os-flavor-access:is_public");
    f.disabled = r.optionalBoolean(u"OS-FLV-DISABLED:disabled").value_or(false);
    if (!r.isNull(u"rxtx_factor"))
        f.rxtxFactor = r.number(u"rxtx_factor");
    f.description = r.optionalString(u"description");
    f.extraSpecs = r.isNull(u"extra_specs") ? std::nullopt : std::optional(r.optionalStringMap(u"extra_specs"));
    if (!r.ok())
        return *r.error();
    return f;
}

} // namespace zenith
