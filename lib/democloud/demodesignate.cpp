#include "demodesignate.h"

namespace zenith::demo {

DemoDesignate::DemoDesignate(DemoEnv& env)
    : DemoService(env)
    , m_lifecycle(env)
    , m_zones(env, m_lifecycle)
    , m_recordSets(env, m_lifecycle)
{}

void DemoDesignate::addRoutes(DemoRouter& router)
{
    const QString dns = QStringLiteral("dns");
    const QString zones = QStringLiteral("v2/zones");
    const QString zone = QStringLiteral("v2/zones/{zone_id}");
    const QString sets = QStringLiteral("v2/zones/{zone_id}/recordsets");
    const QString set = QStringLiteral("v2/zones/{zone_id}/recordsets/{recordset_id}");
    DemoDesignateZones& z = m_zones;
    DemoDesignateRecordSets& r = m_recordSets;
    router.add(dns, "POST", zones, [&z](DemoRequest& q) { return z.create(q); });
    router.add(dns, "GET", zones, [&z](DemoRequest& q) { return z.list(q); });
    router.add(dns, "GET", zone, [&z](DemoRequest& q) { return z.show(q); });
    router.add(dns, "PATCH", zone, [&z](DemoRequest& q) { return z.update(q); });
    router.add(dns, "DELETE", zone, [&z](DemoRequest& q) { return z.remove(q); });
    router.add(dns, "GET", zone + QStringLiteral("/nameservers"), [&z](DemoRequest& q) { return z.nameservers(q); });
    router.add(dns, "POST", sets, [&r](DemoRequest& q) { return r.create(q); });
    router.add(dns, "GET", sets, [&r](DemoRequest& q) { return r.list(q); });
    router.add(dns, "GET", set, [&r](DemoRequest& q) { return r.show(q); });
    router.add(dns, "PUT", set, [&r](DemoRequest& q) { return r.update(q); });
    router.add(dns, "DELETE", set, [&r](DemoRequest& q) { return r.remove(q); });
}

void DemoDesignate::settleLoaded()
{
    m_lifecycle.settleAll();
}

} // namespace zenith::demo
