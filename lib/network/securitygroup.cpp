#include "securitygroup.h"

#include "core/jsonreader.h"

namespace zenith {

Result<SecurityGroup> SecurityGroup::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("security_group"));
    SecurityGroup g;
    g.id = r.string(u"id");
    g.name = r.optionalString(u"name");
    g.description = r.optionalString(u"description");
    g.rules = r.list<SecurityGroupRule>(u"security_group_rules");
    g.stateful = r.optionalBoolean(u"stateful");
    g.tags = r.optionalStringList(u"tags");
    g.projectId = r.optionalString(u"project_id");
    g.createdAt = r.optionalDateTime(u"created_at");
    g.updatedAt = r.optionalDateTime(u"updated_at");
    if (!r.ok())
        return *r.error();
    return g;
}

} // namespace zenith
