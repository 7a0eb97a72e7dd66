#include "networkquota.h"

#include "core/jsonreader.h"

namespace zenith {

Result<NetworkQuota> NetworkQuota::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("quota"));
    NetworkQuota q;
    // Extensions add their own resources (subnetpool, rbac_policy, ...): keep them all.
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!it.value().isObject()) {
            r.fail(it.key(), QStringLiteral("expected an object"));
            break;
        }
        auto usage = NetworkQuotaUsage::fromJson(it.value().toObject());
        if (!usage) {
            r.fail(it.key(), usage.error().message);
            break;
        }
        q.all.insert(it.key(), usage.value());
    }
    const auto required = [&](const QString& key, NetworkQuotaUsage& out) {
        if (!q.all.contains(key))
            r.fail(key, QStringLiteral("is missing"));
        out = q.all.value(key);
    };
    required(QStringLiteral("network"), q.networks);
    required(QStringLiteral("subnet"), q.subnets);
    required(QStringLiteral("port"), q.ports);
    required(QStringLiteral("router"), q.routers);
    required(QStringLiteral("floatingip"), q.floatingIps);
    required(QStringLiteral("security_group"), q.securityGroups);
    required(QStringLiteral("security_group_rule"), q.securityGroupRules);
    if (!r.ok())
        return *r.error();
    return q;
}

} // namespace zenith
