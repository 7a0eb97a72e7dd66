#include "server.h"

#include "serverspec.h"

#include "core/jsonreader.h"

namespace zenith {

namespace {

// From 2.69 a server whose cell is down comes back with status "UNKNOWN" and only a few fields.
bool isDownCell(const QJsonObject& json)
{
    return json.value(u"status").toString() == u"UNKNOWN" && !json.contains(u"name");
}

void readState(JsonReader& r, Server& s)
{
    s.taskState = r.optionalString(u"OS-EXT-STS:task_state");
    s.vmState = r.optionalString(u"OS-EXT-STS:vm_state");
    if (const auto power = r.optionalInteger(u"OS-EXT-STS:power_state"))
        s.powerState = static_cast<int>(*power);
    if (const auto progress = r.optionalInteger(u"progress"))
        s.progress = static_cast<int>(*progress);
    s.locked = r.optionalBoolean(u"locked");
    s.lockedReason = r.optionalString(u"locked_reason");
    const QJsonObject fault = r.optionalObject(u"fault");
    if (!fault.isEmpty()) {
        auto f = ServerFault::fromJson(fault);
        if (f)
            s.fault = f.value();
        else
            r.fail(u"fault", f.error().message);
    }
}

void readAddresses(JsonReader& r, Server& s)
{
    const QJsonObject networks = r.optionalObject(u"addresses");
    for (auto it = networks.constBegin(); it != networks.constEnd(); ++it) {
        if (!it.value().isArray()) {
            r.fail(u"addresses", QStringLiteral("expected an array for \"%1\"").arg(it.key()));
            return;
        }
        JsonReader one(QJsonObject{{it.key(), it.value()}}, r.pathOf(u"addresses"));
        s.addresses.insert(it.key(), one.list<ServerAddress>(it.key()));
        if (!one.ok()) {
            r.fail(u"addresses", one.error()->message);
            return;
        }
    }
}

// "image" is {"id", "links"}, or "" for a server booted from a volume.
void readImage(JsonReader& r, const QJsonObject& json, Server& s)
{
    const QJsonValue image = json.value(u"image");
    if (image.isObject())
        s.imageId = r.child(u"image").string(u"id");
    else if (!(image.isString() && image.toString().isEmpty()) && !image.isUndefined())
        r.fail(u"image", QStringLiteral("expected an object or \"\""));
}

void readFlavor(JsonReader& r, const QJsonObject& json, Server& s)
{
    if (!json.contains(u"flavor"))
        return;
    auto flavor = ServerFlavor::fromJson(r.object(u"flavor"));
    if (flavor)
        s.flavor = flavor.value();
    else
        r.fail(u"flavor", flavor.error().message);
}

void readSecurityGroups(JsonReader& r, Server& s)
{
    const QJsonArray groups = r.optionalArray(u"security_groups");
    for (const QJsonValue& g : groups) {
        const QString name = g.toObject().value(u"name").toString();
        if (name.isEmpty()) {
            r.fail(u"security_groups", QStringLiteral("expected objects with a \"name\""));
            return;
        }
        if (!s.securityGroups.contains(name))
            s.securityGroups.append(name);
    }
}

// config_drive is a string column: "True" or "" (an image id in very old servers); accept a boolean too.
void readConfigDrive(JsonReader& r, const QJsonObject& json, Server& s)
{
    const QJsonValue v = json.value(u"config_drive");
    if (v.isBool())
        s.configDrive = v.toBool();
    else if (v.isString())
        s.configDrive = !v.toString().isEmpty() && v.toString().compare(u"false", Qt::CaseInsensitive) != 0;
    else if (!v.isNull() && !v.isUndefined())
        r.fail(u"config_drive", QStringLiteral("expected a string"));
}

void readAdminFields(JsonReader& r, Server& s)
{
    s.hostname = r.optionalString(u"OS-EXT-SRV-ATTR:hostname");
    s.host = r.optionalString(u"OS-EXT-SRV-ATTR:host");
    s.hypervisorHostname = r.optionalString(u"OS-EXT-SRV-ATTR:hypervisor_hostname");
    s.instanceName = r.optionalString(u"OS-EXT-SRV-ATTR:instance_name");
}

} // namespace

Result<Server> Server::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("server"));
    Server s;
    s.id = r.string(u"id");
    s.status = r.string(u"status");
    s.projectId = r.string(u"tenant_id");
    s.created = r.dateTime(u"created");
    if (isDownCell(json)) {
        s.userId = r.optionalString(u"user_id");
        s.availabilityZone = r.optionalString(u"OS-EXT-AZ:availability_zone");
    } else {
        s.name = r.string(u"name");
        s.userId = r.string(u"user_id");
        s.updated = r.dateTime(u"updated");
        s.availabilityZone = r.optionalString(u"OS-EXT-AZ:availability_zone");
    }
    readState(r, s);
    readAddresses(r, s);
    readImage(r, json, s);
    readFlavor(r, json, s);
    readSecurityGroups(r, s);
    readConfigDrive(r, json, s);
    readAdminFields(r, s);
    s.keyName = r.optionalString(u"key_name");
    s.launchedAt = r.optionalDateTime(u"OS-SRV-USG:launched_at");
    s.metadata = r.optionalStringMap(u"metadata");
    s.tags = r.optionalStringList(u"tags");
    s.volumesAttached = r.optionalList<ServerAttachedVolume>(u"os-extended-volumes:volumes_attached");
    s.hostId = r.optionalString(u"hostId");
    s.description = r.optionalString(u"description");
    if (!r.ok())
        return *r.error();
    return s;
}

} // namespace zenith
