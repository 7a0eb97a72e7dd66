#include "demoheatresources.h"

#include <QJsonArray>

// OS::Nova::Server: Heat looks the image and flavor up by name (or id), then boots with the
// ports, hints and user data of the template, as novaclient would.
namespace zenith::demo::heat {

namespace {

const QString kCompute = QStringLiteral("compute");

QString imageId(const ResourceCall& r, const QString& nameOrId, QString* reason)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), nameOrId);
    const QJsonArray found =
        DemoHeatCalls::json(r.calls.send(QStringLiteral("image"), "GET", QStringLiteral("v2/images"), {}, query))
            .value(u"images")
            .toArray();
    if (!found.isEmpty())
        return found.first().toObject().value(u"id").toString();
    const DemoReply byId = r.calls.send(QStringLiteral("image"), "GET", QStringLiteral("v2/images/") + nameOrId);
    if (DemoHeatCalls::ok(byId))
        return nameOrId;
    *reason = QStringLiteral("StackValidationFailed: resources.%1: Property error: %1.Properties.image: Error "
                             "validating value '%2': No images matching {'name': '%2'}.")
                  .arg(r.logicalName, nameOrId);
    return {};
}

QString flavorId(const ResourceCall& r, const QString& nameOrId, QString* reason)
{
    const QJsonArray flavors = DemoHeatCalls::json(r.calls.send(kCompute, "GET", QStringLiteral("v2.1/flavors/detail")))
                                   .value(u"flavors")
                                   .toArray();
    for (const QJsonValue& flavor : flavors) {
        const QJsonObject f = flavor.toObject();
        if (f.value(u"name").toString() == nameOrId || f.value(u"id").toString() == nameOrId)
            return f.value(u"id").toString();
    }
    *reason = QStringLiteral("StackValidationFailed: resources.%1: Property error: %1.Properties.flavor: Error "
                             "validating value '%2': The Flavor ID (%2) could not be found.")
                  .arg(r.logicalName, nameOrId);
    return {};
}

} // namespace

Outcome createServer(const ResourceCall& r)
{
    QString reason;
    const QString image = imageId(r, r.properties.value(u"image").toString(), &reason);
    const QString flavor =
        reason.isEmpty() ? flavorId(r, r.properties.value(u"flavor").toString(), &reason) : QString();
    if (!reason.isEmpty())
        return Outcome::failed(reason);
    QJsonObject server{
        {QStringLiteral("name"), r.properties.value(u"name").toString(r.stackName + u'-' + r.logicalName)},
        {QStringLiteral("imageRef"), image},
        {QStringLiteral("flavorRef"), flavor}};
    for (const char* key : {"key_name", "metadata", "availability_zone", "config_drive"}) {
        const QString k = QString::fromLatin1(key);
        if (r.properties.contains(k))
            server.insert(k, r.properties.value(k));
    }
    QJsonArray networks;
    for (const QJsonValue& network : r.properties.value(u"networks").toArray()) {
        const QJsonObject n = network.toObject();
        if (n.contains(u"port"))
            networks.append(QJsonObject{{QStringLiteral("port"), n.value(u"port")}});
        else
            networks.append(QJsonObject{{QStringLiteral("uuid"), n.value(u"network")}});
    }
    if (!networks.isEmpty())
        server.insert(QStringLiteral("networks"), networks);
    // user_data_format RAW: Heat hands the text to Nova base64-encoded, as Nova's API wants it.
    const QString userData = r.properties.value(u"user_data").toString();
    if (!userData.isEmpty())
        server.insert(QStringLiteral("user_data"), QString::fromLatin1(userData.toUtf8().toBase64()));
    QJsonObject body{{QStringLiteral("server"), server}};
    const QJsonObject hints = r.properties.value(u"scheduler_hints").toObject();
    if (!hints.isEmpty())
        body.insert(QStringLiteral("os:scheduler_hints"), hints);
    QByteArray microversion;
    if (r.properties.contains(u"tags")) {
        // Heat sends the server's tags with the boot request, which Nova takes from 2.52.
        server.insert(QStringLiteral("tags"), r.properties.value(u"tags"));
        body.insert(QStringLiteral("server"), server);
        microversion = "2.52";
    }
    const DemoReply reply = r.calls.send(kCompute, "POST", QStringLiteral("v2.1/servers"), body, {}, microversion);
    if (!DemoHeatCalls::ok(reply))
        return Outcome::failed(DemoHeatCalls::failure(kCompute, reply, r.logicalName));
    Outcome o;
    o.physicalId = DemoHeatCalls::json(reply).value(u"server").toObject().value(u"id").toString();
    return o;
}

} // namespace zenith::demo::heat
