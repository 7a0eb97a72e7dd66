#include "demoovhzones.h"

#include "demoovherrors.h"

#include <QDateTime>
#include <QHostAddress>

namespace zenith::demo {

namespace {

// OVHcloud's record ids are past 2^32: the demo's are too, so clients keep them in 64 bits.
constexpr qint64 kFirstRecordId = 5'100'000'001;

const QStringList& fieldTypes()
{
    static const QStringList types{QStringLiteral("A"),     QStringLiteral("AAAA"), QStringLiteral("CAA"),
                                   QStringLiteral("CNAME"), QStringLiteral("DKIM"), QStringLiteral("DMARC"),
                                   QStringLiteral("DNAME"), QStringLiteral("LOC"),  QStringLiteral("MX"),
                                   QStringLiteral("NAPTR"), QStringLiteral("NS"),   QStringLiteral("PTR"),
                                   QStringLiteral("SPF"),   QStringLiteral("SRV"),  QStringLiteral("SSHFP"),
                                   QStringLiteral("TLSA"),  QStringLiteral("TXT")};
    return types;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

DemoReply zoneNotFound()
{
    return errors::ovh(404, QStringLiteral("This service does not exist"));
}

// What OVHcloud checks of a record's value before taking it (the rest it takes as given).
QString targetProblem(const QString& fieldType, const QString& target)
{
    if (target.isEmpty())
        return QStringLiteral("Missing parameter: target");
    const QHostAddress address(target);
    if (fieldType == u"A" && address.protocol() != QAbstractSocket::IPv4Protocol)
        return QStringLiteral("Invalid IPv4 address: %1").arg(target);
    if (fieldType == u"AAAA" && address.protocol() != QAbstractSocket::IPv6Protocol)
        return QStringLiteral("Invalid IPv6 address: %1").arg(target);
    return {};
}

} // namespace

QJsonObject DemoOvhZones::view(const QJsonObject& stored)
{
    QJsonObject shown = stored;
    shown.insert(QStringLiteral("id"), stored.value(u"id").toString().toLongLong());
    return shown;
}

QJsonObject DemoOvhZones::addRecord(const QString& zone, const QString& subDomain, const QString& fieldType,
                                    const QString& target, int ttl)
{
    qint64 id = kFirstRecordId;
    for (const QString& existing : m_env.state.ids(records()))
        id = std::max(id, existing.toLongLong() + 1);
    return m_env.state.put(records(), QJsonObject{{QStringLiteral("id"), QString::number(id)},
                                                  {QStringLiteral("zone"), zone},
                                                  {QStringLiteral("subDomain"), subDomain},
                                                  {QStringLiteral("fieldType"), fieldType},
                                                  {QStringLiteral("target"), target},
                                                  {QStringLiteral("ttl"), ttl}});
}

void DemoOvhZones::seedZone(const QString& name)
{
    m_env.state.put(zones(),
                    QJsonObject{{QStringLiteral("id"), name},
                                {QStringLiteral("name"), name},
                                {QStringLiteral("lastUpdate"), now()},
                                {QStringLiteral("nameServers"),
                                 QJsonArray{QStringLiteral("dns200.anycast.me"), QStringLiteral("ns200.anycast.me")}}});
    addRecord(name, QString(), QStringLiteral("NS"), QStringLiteral("dns200.anycast.me."), 0);
    addRecord(name, QString(), QStringLiteral("NS"), QStringLiteral("ns200.anycast.me."), 0);
    addRecord(name, QString(), QStringLiteral("TXT"), QStringLiteral("\"v=spf1 -all\""), 600);
}

DemoReply DemoOvhZones::listZones(DemoRequest&)
{
    QJsonArray names;
    for (const QString& id : m_env.state.ids(zones()))
        names.append(id);
    return DemoReply::json(200, names);
}

DemoReply DemoOvhZones::showZone(DemoRequest& request)
{
    const QJsonObject* zone = m_env.state.find(zones(), request.param(QStringLiteral("zone")));
    if (!zone)
        return zoneNotFound();
    QJsonObject shown = *zone;
    shown.remove(QStringLiteral("id"));
    shown.insert(QStringLiteral("dnssecSupported"), true);
    shown.insert(QStringLiteral("hasDnsAnycast"), false);
    return DemoReply::json(200, shown);
}

DemoReply DemoOvhZones::refresh(DemoRequest& request)
{
    QJsonObject* zone = m_env.state.find(zones(), request.param(QStringLiteral("zone")));
    if (!zone)
        return zoneNotFound();
    zone->insert(QStringLiteral("lastUpdate"), now());
    return errors::ovhNull();
}

DemoReply DemoOvhZones::listRecords(DemoRequest& request)
{
    const QString zone = request.param(QStringLiteral("zone"));
    if (!m_env.state.find(zones(), zone))
        return zoneNotFound();
    const bool byType = request.query.hasQueryItem(QStringLiteral("fieldType"));
    const bool bySubDomain = request.query.hasQueryItem(QStringLiteral("subDomain"));
    const QString fieldType = request.queryValue(QStringLiteral("fieldType"));
    const QString subDomain = request.queryValue(QStringLiteral("subDomain"));
    QJsonArray ids;
    for (const QJsonObject& r : m_env.state.items(records())) {
        if (r.value(u"zone").toString() != zone || (byType && r.value(u"fieldType").toString() != fieldType) ||
            (bySubDomain && r.value(u"subDomain").toString() != subDomain))
            continue;
        ids.append(r.value(u"id").toString().toLongLong());
    }
    return DemoReply::json(200, ids);
}

DemoReply DemoOvhZones::createRecord(DemoRequest& request)
{
    const QString zone = request.param(QStringLiteral("zone"));
    if (!m_env.state.find(zones(), zone))
        return zoneNotFound();
    if (!request.bodyIsJsonObject)
        return errors::ovh(400, QStringLiteral("Invalid JSON received"));
    const QJsonObject& b = request.body;
    const QString fieldType = b.value(u"fieldType").toString();
    if (!b.contains(u"fieldType"))
        return errors::ovh(400, QStringLiteral("Missing parameter: fieldType"));
    if (!fieldTypes().contains(fieldType))
        return errors::ovh(400, QStringLiteral("Invalid value for fieldType: %1").arg(fieldType));
    if (b.contains(u"ttl") && (!b.value(u"ttl").isDouble() || b.value(u"ttl").toInt(-1) < 0))
        return errors::ovh(400, QStringLiteral("Invalid value for ttl"));
    const QString target = b.value(u"target").toString();
    if (const QString problem = targetProblem(fieldType, target); !problem.isEmpty())
        return errors::ovh(400, problem);
    const QJsonObject created =
        addRecord(zone, b.value(u"subDomain").toString(), fieldType, target, b.value(u"ttl").toInt(0));
    return DemoReply::json(200, view(created));
}

QJsonObject* DemoOvhZones::findRecord(const DemoRequest& request)
{
    QJsonObject* record = m_env.state.find(records(), request.param(QStringLiteral("id")));
    return record && record->value(u"zone").toString() == request.param(QStringLiteral("zone")) ? record : nullptr;
}

DemoReply DemoOvhZones::showRecord(DemoRequest& request)
{
    if (!m_env.state.find(zones(), request.param(QStringLiteral("zone"))))
        return zoneNotFound();
    const QJsonObject* record = findRecord(request);
    if (!record)
        return errors::ovh(
            404,
            QStringLiteral("The requested object (id = %1) does not exist").arg(request.param(QStringLiteral("id"))));
    return DemoReply::json(200, view(*record));
}

DemoReply DemoOvhZones::updateRecord(DemoRequest& request)
{
    if (!m_env.state.find(zones(), request.param(QStringLiteral("zone"))))
        return zoneNotFound();
    QJsonObject* record = findRecord(request);
    if (!record)
        return errors::ovh(
            404,
            QStringLiteral("The requested object (id = %1) does not exist").arg(request.param(QStringLiteral("id"))));
    if (!request.bodyIsJsonObject)
        return errors::ovh(400, QStringLiteral("Invalid JSON received"));
    const QJsonObject& b = request.body;
    const QString fieldType = record->value(u"fieldType").toString();
    if (b.contains(u"target")) {
        if (const QString problem = targetProblem(fieldType, b.value(u"target").toString()); !problem.isEmpty())
            return errors::ovh(400, problem);
    }
    if (b.contains(u"ttl") && (!b.value(u"ttl").isDouble() || b.value(u"ttl").toInt(-1) < 0))
        return errors::ovh(400, QStringLiteral("Invalid value for ttl"));
    for (const QString& field : {QStringLiteral("subDomain"), QStringLiteral("target"), QStringLiteral("ttl")}) {
        if (b.contains(field))
            record->insert(field, b.value(field));
    }
    return errors::ovhNull();
}

DemoReply DemoOvhZones::deleteRecord(DemoRequest& request)
{
    if (!m_env.state.find(zones(), request.param(QStringLiteral("zone"))))
        return zoneNotFound();
    const QJsonObject* record = findRecord(request);
    if (!record)
        return errors::ovh(
            404,
            QStringLiteral("The requested object (id = %1) does not exist").arg(request.param(QStringLiteral("id"))));
    m_env.state.remove(records(), request.param(QStringLiteral("id")));
    return errors::ovhNull();
}

} // namespace zenith::demo
