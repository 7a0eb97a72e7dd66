#include "servergroup.h"

#include "core/jsonreader.h"

namespace zenith {

Result<ServerGroup> ServerGroup::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("server_group"));
    ServerGroup g;
    g.id = r.string(u"id");
    g.name = r.string(u"name");
    // 2.64 replaced the list "policies" (always one element in practice) with "policy" and "rules".
    if (r.has(u"policy")) {
        g.policy = r.string(u"policy");
        g.policies = QStringList{g.policy};
    } else {
        g.policies = r.stringList(u"policies");
        if (g.policies.isEmpty())
            r.fail(u"policies", QStringLiteral("is empty"));
        else
            g.policy = g.policies.first();
    }
    if (!r.isNull(u"rules")) {
        JsonReader rules = r.child(u"rules");
        if (const auto max = rules.optionalInteger(u"max_server_per_host"))
            g.maxServerPerHost = static_cast<int>(*max);
    }
    g.members = r.stringList(u"members");
    g.projectId = r.optionalString(u"project_id");
    g.userId = r.optionalString(u"user_id");
    if (!r.ok())
        return *r.error();
    return g;
}

} // namespace zenith
