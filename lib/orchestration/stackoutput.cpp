#include "stackoutput.h"

#include "core/jsonreader.h"

namespace zenith {

Result<StackOutput> StackOutput::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("output"));
    StackOutput o;
    o.key = r.string(u"output_key");
    o.description = r.optionalString(u"description");
    o.value = json.value(QStringLiteral("output_value"));
    o.error = r.optionalString(u"output_error");
    if (!r.ok())
        return *r.error();
    return o;
}

} // namespace zenith
