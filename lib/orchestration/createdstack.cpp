#include "createdstack.h"

#include "core/jsonreader.h"

namespace zenith {

Result<CreatedStack> CreatedStack::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("stack"));
    CreatedStack s;
    s.id = r.string(u"id");
    if (!r.ok())
        return *r.error();
    return s;
}

} // namespace zenith
