#include "demodesignatezones.h"

#include "demodesignatevalidation.h"
#include "demodesignateviews.h"
#include "demoerrors.h"

#include <QJsonArray>

namespace zenith::demo {

using namespace designate;

namespace {

// Designate's default quota_zones.
constexpr int kZoneQuota = 10;

QJsonArray typePath()
{
    return QJsonArray{QStringLiteral("type")};
}

// The fields both POST and PATCH may set, checked as the API's adapter coerces them (in the order
// our client writes them: a body has one refusal only).
std::optional<DemoReply> checkSettableFields(const QJsonObject& body)
{
    if (body.contains(u"email") && !body.value(u"email").isNull()) {
        if (auto error = emailError(body.value(u"email").toString()))
            return invalidObject(*error);
    }
    if (auto error = ttlError(body.value(u"ttl")))
        return invalidObject(*error);
    if (auto error = descriptionError(body.value(u"description")))
        return invalidObject(*error);
    return std::nullopt;
}

} // namespace

std::optional<QJsonObject> DemoDesignateZones::owned(const DemoState& state, const DemoRequest& request)
{
    const QJsonObject* zone = state.find(zonesKey(request), request.param(QStringLiteral("zone_id")));
    if (!zone || zone->value(u"project_id").toString() != request.caller.projectId)
        return std::nullopt;
    return *zone;
}

std::optional<DemoReply> DemoDesignateZones::checkCreateBody(const QJsonObject& body) const
{
    if (!body.value(u"name").isString())
        return schemaErrors({schemaError({}, QStringLiteral("'name' is a required property"),
                                         QStringLiteral("required"), QJsonArray{QStringLiteral("name")})});
    if (auto error = zoneNameError(body.value(u"name").toString()))
        return invalidObject(*error);
    if (auto refusal = checkSettableFields(body))
        return refusal;
    const QString type = body.value(u"type").toString(QStringLiteral("PRIMARY"));
    if (type != u"PRIMARY" && type != u"SECONDARY")
        return invalidObject(
            QStringLiteral("Provided object is not valid. Got a ValueError error with message Field value %1 is "
                           "invalid")
                .arg(type));
    static const QStringList settable{QStringLiteral("name"),        QStringLiteral("email"), QStringLiteral("ttl"),
                                      QStringLiteral("description"), QStringLiteral("type"),  QStringLiteral("masters"),
                                      QStringLiteral("attributes")};
    QStringList invalid;
    for (const QString& key : body.keys()) {
        if (!settable.contains(key))
            invalid.append(key);
    }
    if (!invalid.isEmpty())
        return unknownKeys(invalid, QStringLiteral("zone"));
    // Zone.validate(): what each type requires and refuses.
    const bool hasMasters = !body.value(u"masters").toArray().isEmpty();
    const bool hasEmail = body.value(u"email").isString();
    if (type == u"PRIMARY" && (hasMasters || !hasEmail)) {
        QJsonArray list;
        if (hasMasters)
            list.append(schemaError(typePath(), QStringLiteral("'masters' has more items than allowed"),
                                    QStringLiteral("maxItems"), QJsonArray{QStringLiteral("masters")}));
        if (!hasEmail)
            list.append(schemaError(typePath(), QStringLiteral("'email' is a required property"),
                                    QStringLiteral("required"), QStringLiteral("email")));
        return schemaErrors(list);
    }
    if (type == u"SECONDARY" && (!hasMasters || hasEmail || body.contains(u"ttl"))) {
        QJsonArray list;
        if (!hasMasters)
            list.append(schemaError(typePath(), QStringLiteral("'masters' is a required property"),
                                    QStringLiteral("required"), QJsonArray{QStringLiteral("masters")}));
        for (const QString& key : {QStringLiteral("email"), QStringLiteral("ttl")}) {
            if (body.contains(key))
                list.append(schemaError(typePath(),
                                        QStringLiteral("'%1' can't be specified when type is SECONDARY").arg(key),
                                        QStringLiteral("not_allowed"), key));
        }
        return schemaErrors(list);
    }
    return std::nullopt;
}

std::optional<DemoReply> DemoDesignateZones::checkCentral(const DemoRequest& request, const QString& name) const
{
    const QList<QJsonObject> zones = m_env.state.items(zonesKey(request));
    const auto mine = std::count_if(zones.cbegin(), zones.cend(), [&request](const QJsonObject& z) {
        return z.value(u"project_id").toString() == request.caller.projectId;
    });
    if (mine >= kZoneQuota)
        return overQuota(QStringLiteral("zones"));
    QString bare = name;
    while (bare.startsWith(u'.'))
        bare.remove(0, 1);
    while (bare.endsWith(u'.'))
        bare.chop(1);
    if (!bare.contains(u'.'))
        return errors::designate(400, QStringLiteral("invalid_zone_name"),
                                 QStringLiteral("More than one label is required"));
    // Zone names are unique across projects (and a zone being deleted still holds its name).
    for (const QJsonObject& zone : zones) {
        if (zone.value(u"name").toString() == name)
            return errors::designate(409, QStringLiteral("duplicate_zone"), QStringLiteral("Duplicate Zone"));
    }
    return std::nullopt;
}

QJsonObject DemoDesignateZones::newZone(const DemoRequest& request, const QJsonObject& body) const
{
    const bool secondary = body.value(u"type").toString() == u"SECONDARY";
    const QJsonValue description = body.value(u"description");
    const QJsonValue ttl = ttlValue(body.value(u"ttl"));
    return QJsonObject{
        {QStringLiteral("id"), DemoEnv::newId()},
        {QStringLiteral("pool_id"), defaultPoolId()},
        {QStringLiteral("project_id"), request.caller.projectId},
        {QStringLiteral("name"), body.value(u"name")},
        // A secondary zone gets the managed_resource_email.
        {QStringLiteral("email"),
         secondary ? QJsonValue(QStringLiteral("hostmaster@example.com")) : body.value(u"email")},
        {QStringLiteral("description"), description.isString() ? description : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("ttl"), ttl.isNull() ? QJsonValue(3600) : ttl},
        {QStringLiteral("serial"), secondary ? 1 : QDateTime::currentSecsSinceEpoch()},
        {QStringLiteral("status"), QStringLiteral("PENDING")},
        {QStringLiteral("action"), QStringLiteral("CREATE")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("attributes"), body.value(u"attributes").toObject()},
        {QStringLiteral("type"), secondary ? QStringLiteral("SECONDARY") : QStringLiteral("PRIMARY")},
        {QStringLiteral("masters"), body.value(u"masters").toArray()},
        {QStringLiteral("created_at"), storedTime()},
        {QStringLiteral("updated_at"), QJsonValue::Null},
        {QStringLiteral("transferred_at"), QJsonValue::Null},
    };
}

DemoReply DemoDesignateZones::create(const DemoRequest& request)
{
    const QJsonObject& body = request.body;
    if (auto refusal = checkCreateBody(body))
        return *refusal;
    if (auto refusal = checkCentral(request, body.value(u"name").toString()))
        return *refusal;
    const QJsonObject zone = newZone(request, body);
    m_env.state.put(zonesKey(request), zone);
    m_lifecycle.createZoneRecords(request.region, zone);
    m_lifecycle.propagate(request.region, zone.value(u"id").toString());
    const QJsonObject shown = zoneView(zone, request);
    return DemoReply::json(202, shown)
        .withHeader(QByteArrayLiteral("Location"), shown.value(u"links").toObject().value(u"self").toString().toUtf8());
}

DemoReply DemoDesignateZones::list(const DemoRequest& request)
{
    const QList<QJsonObject> mine = m_env.state.select(zonesKey(request), [&request](const QJsonObject& z) {
        return z.value(u"project_id").toString() == request.caller.projectId;
    });
    static const ListRules rules{QStringLiteral("zones"),
                                 {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("email"),
                                  QStringLiteral("status"), QStringLiteral("description"), QStringLiteral("ttl")},
                                 {QStringLiteral("created_at"), QStringLiteral("id"), QStringLiteral("updated_at"),
                                  QStringLiteral("name"), QStringLiteral("tenant_id"), QStringLiteral("serial"),
                                  QStringLiteral("ttl"), QStringLiteral("status")}};
    return listReply(request, mine, rules, [&request](const QJsonObject& z) { return zoneView(z, request); });
}

DemoReply DemoDesignateZones::show(const DemoRequest& request)
{
    if (auto refusal = refuseBadIds(request, {QStringLiteral("zone_id")}))
        return *refusal;
    const auto zone = owned(m_env.state, request);
    return zone ? DemoReply::json(200, zoneView(*zone, request)) : zoneNotFound();
}

std::optional<DemoReply> DemoDesignateZones::checkPatchBody(const QJsonObject& body, const QJsonObject& zone) const
{
    // The name and type cannot change, nor can the read-only fields; sending their current value is fine.
    static const QStringList settable{QStringLiteral("email"), QStringLiteral("ttl"), QStringLiteral("description")};
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!settable.contains(it.key()) && it.value() != zone.value(it.key()))
            return unknownKeys({it.key()}, QStringLiteral("zone"));
    }
    if (auto refusal = checkSettableFields(body))
        return refusal;
    if (zone.value(u"type").toString() == u"PRIMARY" && body.contains(u"email") && !body.value(u"email").isString())
        return schemaErrors({schemaError(typePath(), QStringLiteral("'email' is a required property"),
                                         QStringLiteral("required"), QStringLiteral("email"))});
    return std::nullopt;
}

DemoReply DemoDesignateZones::update(const DemoRequest& request)
{
    if (auto refusal = refuseBadIds(request, {QStringLiteral("zone_id")}))
        return *refusal;
    auto zone = owned(m_env.state, request);
    if (!zone)
        return zoneNotFound();
    if (zone->value(u"action").toString() == u"DELETE")
        return badRequest(QStringLiteral("Can not update a deleting zone"));
    if (auto refusal = checkPatchBody(request.body, *zone))
        return *refusal;
    if (zone->value(u"type").toString() == u"SECONDARY" && request.body.contains(u"email"))
        return invalidObject(QStringLiteral("Changed email is not allowed."));
    for (const QString& key : {QStringLiteral("email"), QStringLiteral("description")}) {
        if (request.body.contains(key))
            zone->insert(key, request.body.value(key));
    }
    if (request.body.contains(u"ttl"))
        zone->insert(QStringLiteral("ttl"), ttlValue(request.body.value(u"ttl")));
    // A secondary zone's serial is its master's: only a primary one is raised here.
    QJsonObject stored = *zone;
    if (stored.value(u"type").toString() == u"PRIMARY") {
        stored = m_lifecycle.touchZone(request.region, stored);
    } else {
        stored.insert(QStringLiteral("status"), QStringLiteral("PENDING"));
        stored.insert(QStringLiteral("action"), QStringLiteral("UPDATE"));
        DemoDesignateLifecycle::markWritten(stored);
        m_env.state.put(zonesKey(request), stored);
    }
    m_lifecycle.propagate(request.region, stored.value(u"id").toString());
    return DemoReply::json(202, zoneView(stored, request));
}

DemoReply DemoDesignateZones::remove(const DemoRequest& request)
{
    if (auto refusal = refuseBadIds(request, {QStringLiteral("zone_id")}))
        return *refusal;
    auto zone = owned(m_env.state, request);
    if (!zone)
        return zoneNotFound();
    zone->insert(QStringLiteral("status"), QStringLiteral("PENDING"));
    zone->insert(QStringLiteral("action"), QStringLiteral("DELETE"));
    DemoDesignateLifecycle::markWritten(*zone);
    m_env.state.put(zonesKey(request), *zone);
    m_lifecycle.propagate(request.region, zone->value(u"id").toString());
    return DemoReply::json(202, zoneView(*zone, request));
}

DemoReply DemoDesignateZones::nameservers(const DemoRequest& request)
{
    if (auto refusal = refuseBadIds(request, {QStringLiteral("zone_id")}))
        return *refusal;
    if (!owned(m_env.state, request))
        return zoneNotFound();
    const QJsonObject server{{QStringLiteral("hostname"), nameServer()}, {QStringLiteral("priority"), 1}};
    return DemoReply::json(200, QJsonObject{{QStringLiteral("nameservers"), QJsonArray{server}}});
}

} // namespace zenith::demo
