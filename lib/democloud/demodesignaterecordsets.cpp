#include "demodesignaterecordsets.h"

#include "demodesignatevalidation.h"
#include "demodesignateviews.h"
#include "demodesignatezones.h"
#include "demoerrors.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace zenith::demo {

using namespace designate;

namespace {

// Designate's default quota_zone_recordsets and quota_recordset_records.
constexpr int kRecordSetsPerZone = 500;
constexpr int kRecordsPerSet = 20;

DemoReply invalidLocation(const QString& message)
{
    return errors::designate(400, QStringLiteral("invalid_recordset_location"), message);
}

// The records as a list without repeats (Designate keeps them in a set).
QJsonArray distinct(const QJsonArray& records)
{
    QJsonArray out;
    for (const QJsonValue& r : records) {
        if (!out.contains(r))
            out.append(r);
    }
    return out;
}

bool isManaged(const QJsonObject& recordSet, const QJsonObject& zone)
{
    const QString type = recordSet.value(u"type").toString();
    return type == u"SOA" || (type == u"NS" && recordSet.value(u"name") == zone.value(u"name"));
}

QString printable(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray() || value.isObject())
        return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

} // namespace

std::optional<DemoReply> DemoDesignateRecordSets::find(const DemoRequest& request, QJsonObject* recordSet,
                                                       QJsonObject* zone) const
{
    if (auto refusal = refuseBadIds(request, {QStringLiteral("zone_id"), QStringLiteral("recordset_id")}))
        return refusal;
    const QJsonObject* set = m_env.state.find(recordSetsKey(request), request.param(QStringLiteral("recordset_id")));
    if (!set || set->value(u"project_id").toString() != request.caller.projectId)
        return recordSetNotFound();
    const auto owner = DemoDesignateZones::owned(m_env.state, request);
    if (!owner)
        return zoneNotFound();
    if (set->value(u"zone_id") != owner->value(u"id"))
        return recordSetNotFound();
    *recordSet = *set;
    *zone = *owner;
    return std::nullopt;
}

std::optional<DemoReply> DemoDesignateRecordSets::checkBody(const QJsonObject& body, const QJsonObject* existing) const
{
    if (!existing) {
        if (!body.value(u"name").isString())
            return schemaErrors({schemaError({}, QStringLiteral("'name' is a required property"),
                                             QStringLiteral("required"), QJsonArray{QStringLiteral("name")})});
        if (auto error = recordSetNameError(body.value(u"name").toString()))
            return invalidObject(*error);
    }
    if (body.contains(u"records") && !body.value(u"records").isArray())
        return schemaErrors(
            {schemaError({QStringLiteral("records")},
                         QStringLiteral("'%1' is not a valid list of records").arg(printable(body.value(u"records"))),
                         QStringLiteral("type"), QJsonArray{QStringLiteral("list")})});
    if (auto error = ttlError(body.value(u"ttl")))
        return invalidObject(*error);
    if (auto error = descriptionError(body.value(u"description")))
        return invalidObject(*error);
    static const QStringList settable{QStringLiteral("records"), QStringLiteral("ttl"), QStringLiteral("description")};
    QStringList invalid;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const bool creating = !existing && (it.key() == u"name" || it.key() == u"type");
        // Read-only and immutable fields may be sent with their current value.
        const bool unchanged = existing && it.value() == existing->value(it.key());
        if (!settable.contains(it.key()) && !creating && !unchanged)
            invalid.append(it.key());
    }
    if (!invalid.isEmpty())
        return unknownKeys(invalid, QStringLiteral("recordset"));
    return std::nullopt;
}

std::optional<DemoReply> DemoDesignateRecordSets::checkRecords(const QString& type, const QJsonValue& records)
{
    if (!isSupportedType(type)) {
        const QString shown = type.isEmpty() ? QStringLiteral("None") : type;
        return schemaErrors({schemaError({QStringLiteral("recordset"), QStringLiteral("type")},
                                         QStringLiteral("'%1' is not a valid record type").arg(shown),
                                         QStringLiteral("value"), QJsonArray{shown})});
    }
    QJsonArray list;
    const QJsonArray given = records.toArray();
    for (qsizetype i = 0; i < given.size(); ++i) {
        const QString data = printable(given.at(i));
        if (!given.at(i).isString() || !isValidRecord(type, data))
            list.append(schemaError({QStringLiteral("records"), int(i)},
                                    QStringLiteral("'%1' is not a '%2' Record").arg(data, type),
                                    QStringLiteral("format"), QJsonArray{type}));
    }
    if (!list.isEmpty())
        return schemaErrors(list);
    return std::nullopt;
}

std::optional<DemoReply> DemoDesignateRecordSets::checkPlacement(const DemoRequest& request, const QJsonObject& zone,
                                                                 const QJsonObject& recordSet) const
{
    const QString zoneName = zone.value(u"name").toString();
    const QString name = recordSet.value(u"name").toString();
    const QString type = recordSet.value(u"type").toString();
    const QString id = recordSet.value(u"id").toString();
    if (name != zoneName && !name.endsWith(u'.' + zoneName))
        return invalidLocation(QStringLiteral("RecordSet is not contained within it's parent zone"));
    if (type == u"CNAME" && name == zoneName)
        return invalidLocation(QStringLiteral("CNAME recordsets may not be created at the zone apex"));
    const QList<QJsonObject> sameName = m_env.state.select(recordSetsKey(request), [&](const QJsonObject& s) {
        return s.value(u"zone_id") == zone.value(u"id") && s.value(u"name").toString() == name &&
               s.value(u"id").toString() != id;
    });
    // A CNAME stands alone at its name: no other set beside it, and none beside another's.
    for (const QJsonObject& other : sameName) {
        if (type == u"CNAME" || other.value(u"type").toString() == u"CNAME")
            return invalidLocation(QStringLiteral("CNAME recordsets may not share a name with any other records"));
    }
    if (type == u"CNAME" && recordSet.value(u"records").toArray().size() > 1)
        return badRequest(QStringLiteral("CNAME recordsets may not have more than 1 record"));
    if (recordSet.value(u"records").toArray().size() > kRecordsPerSet)
        return overQuota(QStringLiteral("recordset_records"));
    for (const QJsonObject& other : sameName) {
        if (other.value(u"type").toString() == type)
            return errors::designate(409, QStringLiteral("duplicate_recordset"), QStringLiteral("Duplicate RecordSet"));
    }
    return std::nullopt;
}

QJsonObject DemoDesignateRecordSets::save(const DemoRequest& request, const QJsonObject& zone, QJsonObject recordSet,
                                          bool touchZone)
{
    m_env.state.put(recordSetsKey(request), recordSet);
    if (touchZone)
        m_lifecycle.touchZone(request.region, zone);
    m_lifecycle.propagate(request.region, zone.value(u"id").toString());
    return recordSet;
}

DemoReply DemoDesignateRecordSets::create(const DemoRequest& request)
{
    if (auto refusal = refuseBadIds(request, {QStringLiteral("zone_id")}))
        return *refusal;
    const QJsonObject& body = request.body;
    if (auto refusal = checkBody(body, nullptr))
        return *refusal;
    const QString type = body.value(u"type").toString();
    if (auto refusal = checkRecords(type, body.value(u"records")))
        return *refusal;
    if (type == u"SOA")
        return badRequest(QStringLiteral("Creating a SOA recordset is not allowed"));
    const auto zone = DemoDesignateZones::owned(m_env.state, request);
    if (!zone)
        return zoneNotFound();
    if (zone->value(u"action").toString() == u"DELETE")
        return badRequest(QStringLiteral("Can not update a deleting zone"));
    const QString zoneId = zone->value(u"id").toString();
    const auto inZone = m_env.state.select(recordSetsKey(request),
                                           [&zoneId](const QJsonObject& s) { return s.value(u"zone_id") == zoneId; });
    if (inZone.size() >= kRecordSetsPerZone)
        return overQuota(QStringLiteral("zone_recordsets"));
    const QJsonValue description = body.value(u"description");
    const QJsonObject recordSet{
        {QStringLiteral("id"), DemoEnv::newId()},
        {QStringLiteral("zone_id"), zoneId},
        {QStringLiteral("project_id"), zone->value(u"project_id")},
        {QStringLiteral("name"), body.value(u"name")},
        {QStringLiteral("zone_name"), zone->value(u"name")},
        {QStringLiteral("type"), type},
        {QStringLiteral("records"), distinct(body.value(u"records").toArray())},
        {QStringLiteral("description"), description.isString() ? description : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("ttl"), ttlValue(body.value(u"ttl"))},
        {QStringLiteral("status"), QStringLiteral("PENDING")},
        {QStringLiteral("action"), QStringLiteral("CREATE")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("created_at"), storedTime()},
        {QStringLiteral("updated_at"), QJsonValue::Null},
    };
    if (auto refusal = checkPlacement(request, *zone, recordSet))
        return *refusal;
    const bool hasRecords = !recordSet.value(u"records").toArray().isEmpty();
    const QJsonObject shown = recordSetView(save(request, *zone, recordSet, hasRecords), request);
    return DemoReply::json(202, shown)
        .withHeader(QByteArrayLiteral("Location"), shown.value(u"links").toObject().value(u"self").toString().toUtf8());
}

DemoReply DemoDesignateRecordSets::list(const DemoRequest& request)
{
    if (auto refusal = refuseBadIds(request, {QStringLiteral("zone_id")}))
        return *refusal;
    const auto zone = DemoDesignateZones::owned(m_env.state, request);
    if (!zone)
        return zoneNotFound();
    const QJsonValue zoneId = zone->value(u"id");
    const QList<QJsonObject> sets = m_env.state.select(
        recordSetsKey(request), [&zoneId](const QJsonObject& s) { return s.value(u"zone_id") == zoneId; });
    static const ListRules rules{QStringLiteral("recordsets"),
                                 {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("ttl"),
                                  QStringLiteral("data"), QStringLiteral("status"), QStringLiteral("description")},
                                 {QStringLiteral("created_at"), QStringLiteral("id"), QStringLiteral("updated_at"),
                                  QStringLiteral("zone_id"), QStringLiteral("tenant_id"), QStringLiteral("name"),
                                  QStringLiteral("type"), QStringLiteral("ttl"), QStringLiteral("records")}};
    return listReply(request, sets, rules, [&request](const QJsonObject& s) { return recordSetView(s, request); });
}

DemoReply DemoDesignateRecordSets::show(const DemoRequest& request)
{
    QJsonObject recordSet, zone;
    if (auto refusal = find(request, &recordSet, &zone))
        return *refusal;
    return DemoReply::json(200, recordSetView(recordSet, request));
}

DemoReply DemoDesignateRecordSets::update(const DemoRequest& request)
{
    QJsonObject recordSet, zone;
    if (auto refusal = find(request, &recordSet, &zone))
        return *refusal;
    if (isManaged(recordSet, zone))
        return badRequest(QStringLiteral("Managed records may not be updated"));
    const QJsonObject& body = request.body;
    if (auto refusal = checkBody(body, &recordSet))
        return *refusal;
    if (auto refusal = checkRecords(recordSet.value(u"type").toString(), body.value(u"records")))
        return *refusal;
    if (zone.value(u"action").toString() == u"DELETE")
        return badRequest(QStringLiteral("Can not update a deleting zone"));
    if (body.contains(u"records"))
        recordSet.insert(QStringLiteral("records"), distinct(body.value(u"records").toArray()));
    if (body.contains(u"ttl"))
        recordSet.insert(QStringLiteral("ttl"), ttlValue(body.value(u"ttl")));
    if (body.contains(u"description"))
        recordSet.insert(QStringLiteral("description"), body.value(u"description"));
    if (auto refusal = checkPlacement(request, zone, recordSet))
        return *refusal;
    recordSet.insert(QStringLiteral("status"), QStringLiteral("PENDING"));
    recordSet.insert(QStringLiteral("action"), QStringLiteral("UPDATE"));
    DemoDesignateLifecycle::markWritten(recordSet);
    return DemoReply::json(202, recordSetView(save(request, zone, recordSet, true), request));
}

DemoReply DemoDesignateRecordSets::remove(const DemoRequest& request)
{
    QJsonObject recordSet, zone;
    if (auto refusal = find(request, &recordSet, &zone))
        return *refusal;
    if (recordSet.value(u"type").toString() == u"SOA")
        return badRequest(QStringLiteral("Deleting a SOA recordset is not allowed"));
    if (zone.value(u"action").toString() == u"DELETE")
        return badRequest(QStringLiteral("Can not update a deleting zone"));
    if (isManaged(recordSet, zone))
        return badRequest(QStringLiteral("Managed records may not be deleted"));
    recordSet.insert(QStringLiteral("status"), QStringLiteral("PENDING"));
    recordSet.insert(QStringLiteral("action"), QStringLiteral("DELETE"));
    DemoDesignateLifecycle::markWritten(recordSet);
    return DemoReply::json(202, recordSetView(save(request, zone, recordSet, true), request));
}

} // namespace zenith::demo
