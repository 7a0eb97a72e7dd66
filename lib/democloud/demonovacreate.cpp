#include "demonovacreate.h"

#include "demonovacommon.h"
#include "demonovalimits.h"
#include "demonovanetworking.h"
#include "demonovavolumes.h"

#include <QRegularExpression>

namespace zenith::demo::nova {

namespace {

// Python's base64.decodebytes (binascii, non-strict): other characters are skipped, the data
// must end on a whole quantum or be padded to one.
bool isBase64(const QString& text)
{
    int quad = 0;
    int pads = 0;
    for (const QChar c : text) {
        if (c == u'=') {
            if (quad >= 2 && quad + ++pads >= 4)
                return true;
            continue;
        }
        const bool data =
            (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'+' || c == u'/';
        if (data)
            quad = (quad + 1) % 4;
    }
    return quad == 0;
}

// parameter_types.name: printable, no whitespace at either end.
std::optional<DemoReply> checkName(const QString& field, const QJsonValue& value)
{
    if (!value.isString())
        return invalidInput(field, value, pythonRepr(value) + QStringLiteral(" is not of type 'string'"));
    const QString name = value.toString();
    if (name.isEmpty())
        return invalidInput(field, value, QStringLiteral("'' is too short"));
    if (name.size() > 255)
        return invalidInput(field, value, pythonRepr(value) + QStringLiteral(" is too long"));
    const bool printable = std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.isPrint(); });
    if (!printable || name.front().isSpace() || name.back().isSpace())
        return errors::nova(400, QStringLiteral("An invalid 'name' value was provided. The name must be: printable "
                                                "characters. Can not start or end with whitespace."));
    return std::nullopt;
}

// parameter_types.positive_integer: an integer or a string of digits, at least 1.
std::optional<DemoReply> checkCount(const QString& field, const QJsonValue& value)
{
    if (value.isUndefined())
        return std::nullopt;
    if (value.isString() && !QRegularExpression(QStringLiteral("^[0-9]+$")).match(value.toString()).hasMatch())
        return invalidInput(field, value, pythonRepr(value) + QStringLiteral(" does not match '^[0-9]*$'"));
    if (!value.isString() && !(value.isDouble() && value.toDouble() == double(qint64(value.toDouble()))))
        return invalidInput(field, value, pythonRepr(value) + QStringLiteral(" is not of type 'integer', 'string'"));
    if (nonNegativeInt(value).value_or(0) < 1)
        return invalidInput(field, value, pythonRepr(value) + QStringLiteral(" is less than the minimum of 1"));
    return std::nullopt;
}

std::optional<DemoReply> checkTags(const QJsonValue& value)
{
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isArray())
        return invalidInput(QStringLiteral("tags"), value,
                            pythonRepr(value) + QStringLiteral(" is not of type 'array'"));
    if (value.toArray().size() > 50)
        return invalidInput(QStringLiteral("tags"), value, pythonRepr(value) + QStringLiteral(" is too long"));
    static const QRegularExpression allowed(QStringLiteral("^[^,/]*$"));
    const QJsonArray tags = value.toArray();
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString field = QString::number(i);
        const QString tag = tags[i].toString();
        if (!tags[i].isString())
            return invalidInput(field, tags[i], pythonRepr(tags[i]) + QStringLiteral(" is not of type 'string'"));
        if (tag.isEmpty())
            return invalidInput(field, tags[i], QStringLiteral("'' is too short"));
        if (tag.size() > 60)
            return invalidInput(field, tags[i], pythonRepr(tags[i]) + QStringLiteral(" is too long"));
        if (!allowed.match(tag).hasMatch())
            return invalidInput(field, tags[i], pythonRepr(tags[i]) + QStringLiteral(" does not match '^[^,/]*$'"));
    }
    return std::nullopt;
}

std::optional<DemoReply> checkUserData(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString())
        return invalidInput(QStringLiteral("user_data"), value,
                            pythonRepr(value) + QStringLiteral(" is not of type 'string'"));
    // Nova quotes the whole value, twice: a 90,000-character answer for a long script.
    if (!isBase64(value.toString()))
        return invalidInput(QStringLiteral("user_data"), value,
                            pythonRepr(value) + QStringLiteral(" is not a 'base64'"));
    if (value.toString().size() > 65535)
        return invalidInput(QStringLiteral("user_data"), value, pythonRepr(value) + QStringLiteral(" is too long"));
    return std::nullopt;
}

// The JSON schema of servers.create, in the order of its properties, then its required ones.
std::optional<DemoReply> checkSchema(const DemoRequest& request)
{
    if (!request.body.value(u"server").isObject())
        return errors::nova(400, QStringLiteral("'server' is a required property"));
    const QJsonObject server = request.body.value(u"server").toObject();
    if (server.contains(u"name")) {
        if (const auto refused = checkName(QStringLiteral("name"), server.value(u"name")))
            return refused;
    }
    const QJsonObject metadata = server.value(u"metadata").toObject();
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
        if (!it.value().isString())
            return invalidInput(it.key(), it.value(),
                                pythonRepr(it.value()) + QStringLiteral(" is not of type 'string'"));
    }
    for (const char16_t* count : {u"min_count", u"max_count"}) {
        if (const auto refused = checkCount(QString::fromUtf16(count), server.value(QString::fromUtf16(count))))
            return refused;
    }
    if (const auto refused = checkUserData(server.value(u"user_data")))
        return refused;
    if (atLeast(request, 52)) {
        if (const auto refused = checkTags(server.value(u"tags")))
            return refused;
    }
    QStringList required{QStringLiteral("name"), QStringLiteral("flavorRef")};
    if (atLeast(request, 37))
        required.append(QStringLiteral("networks"));
    for (const QString& key : std::as_const(required)) {
        if (!server.contains(key))
            return missingProperty(request, {QStringLiteral("server")}, key);
    }
    return std::nullopt;
}

std::optional<DemoReply> readBasics(const DemoRequest& request, BootPlan& plan)
{
    const QJsonObject server = request.body.value(u"server").toObject();
    plan.name = server.value(u"name").toString();
    plan.metadata = server.value(u"metadata").toObject();
    plan.userData = server.value(u"user_data").toString();
    const QJsonValue drive = server.value(u"config_drive");
    plan.configDrive = drive.toBool() || drive.toString().compare(u"true", Qt::CaseInsensitive) == 0;
    plan.keyName = server.value(u"key_name").toString();
    plan.adminPass = server.contains(u"adminPass") ? server.value(u"adminPass").toString() : newPassword();
    plan.description = atLeast(request, 19) ? server.value(u"description") : QJsonValue(plan.name);
    if (plan.description.isUndefined())
        plan.description = QJsonValue::Null;
    plan.returnReservationId = server.value(u"return_reservation_id").toBool();
    if (atLeast(request, 90))
        plan.hostname = server.value(u"hostname").toString();
    if (atLeast(request, 52))
        plan.tags = server.value(u"tags").toVariant().toStringList();
    for (const QJsonValue& g : server.value(u"security_groups").toArray()) {
        const QString name = g.toObject().value(u"name").toString();
        if (!name.isEmpty() && !plan.securityGroupNames.contains(name))
            plan.securityGroupNames.append(name);
    }
    if (plan.securityGroupNames.isEmpty())
        plan.securityGroupNames = {QStringLiteral("default")};
    plan.groupId = request.body.value(u"os:scheduler_hints").toObject().value(u"group").toString();
    const int minCount = nonNegativeInt(server.value(u"min_count")).value_or(1);
    const int maxCount = nonNegativeInt(server.value(u"max_count")).value_or(minCount);
    if (minCount > maxCount)
        return errors::nova(400, QStringLiteral("min_count must be <= max_count"));
    plan.count = maxCount;
    plan.multiple = maxCount > 1;
    // "nova", "nova:host" and ":host" all mean the one zone.
    const QString zone = server.value(u"availability_zone").toString().section(u':', 0, 0);
    if (!zone.isEmpty() && zone != zoneName())
        return errors::nova(400, QStringLiteral("The requested availability zone is not available"));
    plan.zone = zone;
    return std::nullopt;
}

std::optional<DemoReply> checkImage(DemoEnv& env, const DemoRequest& request, BootPlan& plan, bool fromVolume)
{
    const QJsonValue ref = request.body.value(u"server").toObject().value(u"imageRef");
    plan.imageId = ref.toString().section(u'/', -1);
    if (plan.imageId.isEmpty()) {
        if (fromVolume)
            return std::nullopt;
        if (!plan.blockDevices.isEmpty())
            return errors::nova(400, QStringLiteral("Block Device Mapping is Invalid: Boot sequence for the instance "
                                                    "and image/block device mapping combination is not valid."));
        return errors::nova(400, QStringLiteral("Missing imageRef attribute"));
    }
    if (!isUuidLike(plan.imageId))
        return errors::nova(400, QStringLiteral("Invalid imageRef provided."));
    const QJsonObject* image = findImage(env, request, plan.imageId);
    if (!image)
        return errors::nova(400, QStringLiteral("Can not find requested image"));
    if (image->value(u"status").toString() != u"active")
        return errors::nova(400, QStringLiteral("Image %1 is not active.").arg(plan.imageId));
    if (fromVolume)
        return std::nullopt;
    const qint64 diskBytes = qint64(plan.flavor.value(u"disk").toInt()) << 30;
    const qint64 imageBytes = qint64(image->value(u"size").toDouble());
    if (diskBytes > 0 && imageBytes > diskBytes)
        return errors::nova(400, QStringLiteral("Flavor's disk is too small for requested image. Flavor disk is %1 "
                                                "bytes, image is %2 bytes.")
                                     .arg(diskBytes)
                                     .arg(imageBytes));
    const qint64 minDisk = qint64(image->value(u"min_disk").toInt()) << 30;
    if (diskBytes > 0 && minDisk > diskBytes)
        return errors::nova(400, QStringLiteral("Flavor's disk is too small for requested image. Flavor disk is %1 "
                                                "bytes, minimum requested disk is %2 bytes.")
                                     .arg(diskBytes)
                                     .arg(minDisk));
    if (image->value(u"min_ram").toInt() > plan.flavor.value(u"ram").toInt())
        return errors::nova(400, QStringLiteral("Flavor's memory is too small for requested image."));
    return std::nullopt;
}

std::optional<DemoReply> checkKeyAndGroup(DemoEnv& env, const DemoRequest& request, BootPlan& plan)
{
    if (!plan.keyName.isEmpty()) {
        const auto keys = env.state.select(coll(request, QStringLiteral("keypairs")), [&](const QJsonObject& k) {
            return k.value(u"user_id").toString() == request.caller.userId &&
                   k.value(u"name").toString() == plan.keyName;
        });
        if (keys.isEmpty())
            return errors::nova(400, QStringLiteral("Invalid key_name provided."));
    }
    if (plan.groupId.isEmpty())
        return std::nullopt;
    const QJsonObject* group = env.state.find(coll(request, QStringLiteral("server_groups")), plan.groupId);
    if (!group || group->value(u"project_id").toString() != request.caller.projectId)
        return errors::nova(400, QStringLiteral("Instance group %1 could not be found.").arg(plan.groupId));
    const int members = int(group->value(u"members").toArray().size());
    if (members + plan.count > quotaOf(env, request.region, request.caller.projectId).serverGroupMembers)
        return errors::nova(403, QStringLiteral("Quota exceeded, too many servers in group"));
    return std::nullopt;
}

std::optional<DemoReply> resolve(DemoEnv& env, const DemoRequest& request, BootPlan& plan)
{
    DemoReply refused;
    bool fromVolume = false;
    const auto devices = checkBlockDevices(env, request, &fromVolume, &refused);
    if (!devices)
        return refused;
    plan.blockDevices = *devices;
    const QString flavorId = request.body.value(u"server").toObject().value(u"flavorRef").toString().section(u'/', -1);
    const QJsonObject* flavor = findFlavor(env, request.region, flavorId);
    if (!flavor)
        return errors::nova(400, QStringLiteral("Flavor %1 could not be found.").arg(flavorId));
    plan.flavor = *flavor;
    if (const auto bad = checkImage(env, request, plan, fromVolume))
        return bad;
    const auto nics = checkNetworks(env, request, plan.count, &refused);
    if (!nics)
        return refused;
    plan.nics = *nics;
    const auto groups = resolveSecurityGroups(env, request, plan.securityGroupNames, &refused);
    if (!groups)
        return refused;
    plan.securityGroupIds = *groups;
    if (const auto bad = checkKeyAndGroup(env, request, plan))
        return bad;
    const int minCount = nonNegativeInt(request.body.value(u"server").toObject().value(u"min_count")).value_or(1);
    const auto allowed =
        allowedInstances(env, request.region, request.caller.projectId, plan.flavor, minCount, plan.count, &refused);
    if (!allowed)
        return refused;
    plan.count = *allowed;
    return std::nullopt;
}

} // namespace

DemoReply createServers(DemoComputeHost& host, DemoRequest& request)
{
    if (!request.bodyIsJsonObject)
        return malformedBody();
    if (const auto refused = checkSchema(request))
        return *refused;
    BootPlan plan;
    if (const auto refused = readBasics(request, plan))
        return *refused;
    if (const auto refused = resolve(host.env(), request, plan))
        return *refused;
    return launchServers(host, request, plan);
}

} // namespace zenith::demo::nova
