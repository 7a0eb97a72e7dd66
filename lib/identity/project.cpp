#include "project.h"

#include "core/jsonreader.h"

namespace zenith {

Result<Project> Project::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("project"));
    Project p;
    p.id = r.string(u"id");
    p.name = r.string(u"name");
    p.domainId = r.optionalString(u"domain_id");
    p.description = r.optionalString(u"description");
    p.parentId = r.optionalString(u"parent_id");
    p.enabled = r.optionalBoolean(u"enabled").value_or(true);
    if (!r.ok())
        return *r.error();
    return p;
}

} // namespace zenith
