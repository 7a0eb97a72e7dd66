#include "demodesignatelifecycle.h"

#include "demodesignateviews.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace zenith::demo {

namespace {

// The dev cloud's worker and bind9 take about a second to serve a change.
constexpr double kWorkerSeconds = 1.0;

QString zonesOf(const QString& region)
{
    return DemoEnv::in(region, QStringLiteral("zones"));
}

QString recordSetsOf(const QString& region)
{
    return DemoEnv::in(region, QStringLiteral("recordsets"));
}

QJsonObject managedRecordSet(const QJsonObject& zone, const QString& type, const QString& record)
{
    return QJsonObject{{QStringLiteral("id"), DemoEnv::newId()},
                       {QStringLiteral("zone_id"), zone.value(u"id")},
                       {QStringLiteral("project_id"), zone.value(u"project_id")},
                       {QStringLiteral("name"), zone.value(u"name")},
                       {QStringLiteral("zone_name"), zone.value(u"name")},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("records"), QJsonArray{record}},
                       {QStringLiteral("description"), QJsonValue::Null},
                       {QStringLiteral("ttl"), QJsonValue::Null},
                       {QStringLiteral("status"), QStringLiteral("PENDING")},
                       {QStringLiteral("action"), QStringLiteral("CREATE")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("created_at"), zone.value(u"created_at")},
                       {QStringLiteral("updated_at"), QJsonValue::Null}};
}

} // namespace

QString DemoDesignateLifecycle::soaRecord(const QJsonObject& zone, int refresh)
{
    // central _build_soa_record: "<ns> <email as a name>. <serial> <refresh> <retry> <expire> <minimum>".
    QString email = zone.value(u"email").toString();
    email.replace(u'@', u'.');
    return QStringLiteral("%1 %2. %3 %4 600 86400 3600")
        .arg(designate::nameServer(), email)
        .arg(zone.value(u"serial").toInteger())
        .arg(refresh);
}

void DemoDesignateLifecycle::createZoneRecords(const QString& region, const QJsonObject& zone)
{
    if (zone.value(u"type").toString() != u"PRIMARY")
        return;
    // Designate picks the SOA refresh at random in [default_soa_refresh_min, _max].
    const int refresh = QRandomGenerator::global()->bounded(3500, 3601);
    // The SOA first: Designate documents it as the zone's first record set.
    m_env.state.put(recordSetsOf(region), managedRecordSet(zone, QStringLiteral("SOA"), soaRecord(zone, refresh)));
    m_env.state.put(recordSetsOf(region), managedRecordSet(zone, QStringLiteral("NS"), designate::nameServer()));
}

void DemoDesignateLifecycle::markWritten(QJsonObject& item)
{
    item.insert(QStringLiteral("version"), item.value(u"version").toInt() + 1);
    item.insert(QStringLiteral("updated_at"), designate::storedTime());
}

QJsonObject DemoDesignateLifecycle::touchZone(const QString& region, QJsonObject zone)
{
    // utils.increment_serial: roughly the Unix time, and always more than before.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 serial = zone.value(u"serial").toInteger();
    zone.insert(QStringLiteral("serial"), now > serial ? now : serial + 1);
    zone.insert(QStringLiteral("status"), QStringLiteral("PENDING"));
    zone.insert(QStringLiteral("action"), QStringLiteral("UPDATE"));
    markWritten(zone);
    m_env.state.put(zonesOf(region), zone);
    const QString zoneId = zone.value(u"id").toString();
    for (QJsonObject set : m_env.state.items(recordSetsOf(region))) {
        if (set.value(u"zone_id").toString() != zoneId || set.value(u"type").toString() != u"SOA")
            continue;
        const QStringList fields = set.value(u"records").toArray().first().toString().split(u' ');
        set.insert(QStringLiteral("records"), QJsonArray{soaRecord(zone, fields.value(3).toInt())});
        set.insert(QStringLiteral("status"), QStringLiteral("PENDING"));
        set.insert(QStringLiteral("action"), QStringLiteral("UPDATE"));
        markWritten(set);
        m_env.state.put(recordSetsOf(region), set);
    }
    return zone;
}

void DemoDesignateLifecycle::propagate(const QString& region, const QString& zoneId)
{
    m_env.clock.after(kWorkerSeconds, &m_env.lifetime, [this, region, zoneId] { sync(region, zoneId); });
}

void DemoDesignateLifecycle::sync(const QString& region, const QString& zoneId)
{
    const QJsonObject* found = m_env.state.find(zonesOf(region), zoneId);
    if (!found)
        return;
    QJsonObject zone = *found;
    const bool deleting = zone.value(u"action").toString() == u"DELETE";
    for (QJsonObject set : m_env.state.items(recordSetsOf(region))) {
        if (set.value(u"zone_id").toString() != zoneId || set.value(u"status").toString() != u"PENDING")
            continue;
        if (deleting || set.value(u"action").toString() == u"DELETE") {
            m_env.state.remove(recordSetsOf(region), set.value(u"id").toString());
            continue;
        }
        set.insert(QStringLiteral("status"), QStringLiteral("ACTIVE"));
        set.insert(QStringLiteral("action"), QStringLiteral("NONE"));
        m_env.state.put(recordSetsOf(region), set);
    }
    if (deleting) {
        for (const QJsonObject& set : m_env.state.items(recordSetsOf(region))) {
            if (set.value(u"zone_id").toString() == zoneId)
                m_env.state.remove(recordSetsOf(region), set.value(u"id").toString());
        }
        m_env.state.remove(zonesOf(region), zoneId);
        return;
    }
    if (zone.value(u"status").toString() != u"PENDING")
        return;
    // A secondary zone waits for a transfer from its masters, which this cloud cannot reach.
    const bool secondary = zone.value(u"type").toString() == u"SECONDARY";
    zone.insert(QStringLiteral("status"), secondary ? QStringLiteral("ERROR") : QStringLiteral("ACTIVE"));
    if (!secondary)
        zone.insert(QStringLiteral("action"), QStringLiteral("NONE"));
    markWritten(zone);
    m_env.state.put(zonesOf(region), zone);
}

void DemoDesignateLifecycle::settleAll()
{
    for (const QString& region : std::as_const(m_env.regions)) {
        for (const QString& id : m_env.state.ids(zonesOf(region)))
            sync(region, id);
    }
}

} // namespace zenith::demo
